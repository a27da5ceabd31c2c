from django import template

register = template.Library()


@register.tag
def capture(parser, token):
    """``{% capture "content" %}…{% endcapture %}``: renders as usual, and hands the output to
    ``caching.pages.cached_page`` when the view asked for it (``request.captured_blocks``)."""
    try:
        _, name = token.split_contents()
    except ValueError as error:
        raise template.TemplateSyntaxError("capture takes one name") from error
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(name.strip("\"'"), nodelist)


class CaptureNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        output = self.nodelist.render(context)
        captured = getattr(context.get("request"), "captured_blocks", None)
        if captured is not None:
            captured[self.name] = output
        return output
