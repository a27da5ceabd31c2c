"""Dutch texts for the demo traffic-light history. Illustrative, except KNOWN_PROGRESS (Uitvoeringsplan 2020)."""

PROGRESS = {
    "groen": [
        "De uitvoering ligt op koers; de afgesproken stappen zijn gezet.",
        "De partners hebben de afspraak uitgewerkt in een plan van aanpak dat nu wordt uitgevoerd.",
        "Er is een trekker aangewezen en de eerste resultaten zijn geboekt.",
        "De afspraak is opgenomen in de lokale uitvoeringsplannen van de betrokken gemeenten.",
    ],
    "geel": [
        "De uitvoering loopt vertraging op doordat de capaciteit bij de partners beperkt is.",
        "Er is meer tijd nodig om alle partners op één lijn te krijgen.",
        "De financiering is nog niet rond; de planning schuift een halfjaar op.",
        "Stijgende bouwkosten dwingen tot heroverweging van het programma.",
    ],
    "rood": [
        "De uitvoering ligt stil door een knelpunt dat de partners niet zelf kunnen oplossen.",
        "Zonder bestuurlijke keuze over de financiering kan de afspraak niet verder.",
        "Regelgeving van het Rijk blokkeert de voortgang; een bestuurlijke oplossing is nodig.",
    ],
}

NOT_STARTED = "De uitvoering is nog niet gestart; de partners verkennen eerst de aanpak en de trekker."

KNOWN_PROGRESS = {
    6: "Het regionale monitoringssysteem waarin de planvoorraad transparant en inzichtelijk is, is gereed.",
    8: "Lingewaard heeft de eerste Versnellingskamer Flexwonen ingezet; Arnhem en Nijmegen ontvingen circa € 5 miljoen voor tijdelijke en flexibele woningen.",
    32: "Arnhem en het atelier Rijksbouwmeester werken samen aan een ontwikkelperspectief voor Elderveld, Kronenburg en Vredenburg.",
    33: "Voor vijf wijken in Arnhem-Oost zijn de knelpunten in beeld en doorbraken benoemd; een impactanalyse is gestart.",
    44: "De aanvraag woningbouwimpuls voor het Stationsgebied is gehonoreerd: 670 woningen, waarvan 419 betaalbaar.",
    47: "Nijmegen heeft een aanvraag voor de woningbouwimpuls voor Winkelsteeg ingediend.",
    59: "Per 1 oktober 2020 werkt een procesregisseur vanuit de provincie aan de regionale samenwerking.",
    62: "Arnhem, Renkum, de provincie en BZK brengen de stikstofproblematiek in kaart; een oplossing is er nog niet.",
    63: "Corporaties hebben voor 4.369 woningen een beroep gedaan op de Regeling Vermindering Verhuurderheffing.",
}

OUTPUTS = [
    "Kennissessie met gemeenten en marktpartijen gehouden.",
    "Plan van aanpak opgesteld en besproken aan de Tempotafel.",
    "Werkbezoek aan een voorbeeldproject georganiseerd.",
    "Afspraken vastgelegd in een intentieovereenkomst.",
    "Knelpuntenanalyse opgesteld en gedeeld met het Ambtelijk Kernteam.",
]

OUTCOMES = [
    "{n} woningen in voorbereiding op de betrokken locaties.",
    "{n} woningen met een onherroepelijk bestemmingsplan.",
    "{n} woningen in aanbouw.",
    "Nog geen meetbaar resultaat; eerste resultaten verwacht over een halfjaar.",
]

NEXT_ACTIONS = [
    "Uitwerking bespreken aan de eerstvolgende Versnellingstafel.",
    "Besluitvorming in het Bestuurlijk Overleg Woondeal voorbereiden.",
    "Vervolgsessie met de betrokken gemeenten plannen.",
    "Resultaten opnemen in de regionale woningmarktmonitor.",
    "Aanvraag voor cofinanciering indienen bij provincie en Rijk.",
]

CHANGE_REASONS = {
    ("groen", "geel"): "Vertraging door beperkte capaciteit bij de partners.",
    ("groen", "rood"): "Een onverwacht knelpunt blokkeert de uitvoering.",
    ("geel", "groen"): "De vertraging is ingelopen; de uitvoering ligt weer op koers.",
    ("geel", "rood"): "De vertraging is opgelopen tot een knelpunt dat bestuurlijke aandacht vraagt.",
    ("rood", "geel"): "Er is een oplossingsrichting gevonden; de uitvoering komt weer op gang.",
    ("rood", "groen"): "Het knelpunt is opgelost na bestuurlijk overleg.",
}
