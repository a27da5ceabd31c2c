"""The status form as a user fills it in: a full, valid submission with any field overridden."""


def form_data(**overrides):
    data = {
        "colour": "geel",
        "phase": "in_uitvoering",
        "progress": "Eerste woningen in aanbouw.",
        "output": "Twee tafels gehouden.",
        "outcome": "120 woningen vergund.",
        "next_actions": "Afspraken met corporaties vastleggen.",
        "needs_attention": "on",
        "colour_change_reason": "",
        "version": "0",
    }
    data.update(overrides)
    return data
