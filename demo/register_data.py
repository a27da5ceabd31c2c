"""The 69 demo agreements. Numbers 6, 8, 32, 33, 44, 47, 59, 62 and 63 follow the Uitvoeringsplan (2020);
every other number is an illustrative placement of a subject (is_illustrative=True), see fixtures/README.md."""

from typing import NamedTuple

A, N, R, P, B = (
    "Gemeente Arnhem",
    "Gemeente Nijmegen",
    "Regio Arnhem Nijmegen",
    "Provincie Gelderland",
    "Ministerie van BZK",
)
KNOWN_NUMBERS = frozenset({6, 8, 32, 33, 44, 47, 59, 62, 63})

# Pillar split (L): 1-12 -> 1, 13-20 -> 2, 21-27 -> 3, 28-40 -> 4, 41-53 -> 5, 54-69 -> 6.
PILLAR_LAST_NUMBER = {1: 12, 2: 20, 3: 27, 4: 40, 5: 53, 6: 69}


def pillar_of(number: int) -> int:
    return next(p for p, last in PILLAR_LAST_NUMBER.items() if number <= last)


class AgreementData(NamedTuple):
    number: int
    title: str
    text: str
    scale: str  # lokaal / subregionaal / regionaal
    kind: str  # bouwproductie / kennis / samenwerking / financiering / beleid / monitoring
    horizon: str
    lands_in: str
    lead: str
    involved: tuple[str, ...]


_ = AgreementData
# A table: one row per line.
# fmt: off
AGREEMENTS: list[AgreementData] = [
    # Pijler 1: Woningbouwopgave en versnelling
    _(1, "20.000 woningen gerealiseerd tot 2025", "Partijen realiseren in de periode 2020-2025 samen 20.000 woningen in de regio, 5.000 meer dan eerder gepland, vooral op aangewezen versnellingslocaties.", "regionaal", "bouwproductie", "2025", "woondeal_tafel", R, (A, N, P)),
    _(2, "Versnelling op de versnellingslocaties", "De twintig versnellingslocaties worden in 2021 gefaseerd besproken, vijf per keer, met de betrokken gemeenten en marktpartijen.", "regionaal", "bouwproductie", "2021", "lokaal_uitvoeringsplan", R, (A, N, "NEPROM")),
    _(3, "Planvoorraad tot 2030: 130% van de woningbehoefte", "De gemeenten zorgen samen voor een totale planvoorraad tot 2030 van 130% van de woningbehoefte, om planuitval op te vangen.", "regionaal", "beleid", "2030", "woondeal_tafel", R, (P,)),
    _(4, "Nationale expertise en capaciteit voor de regio", "Het Rijk zet expertise en capaciteit in, zoals het Expertteam Woningbouw en de Juridische Expert Pool, om vastgelopen projecten los te trekken.", "regionaal", "kennis", "2022", "rijksbeleid", B, (R,)),
    _(5, "Flexibele schil: vliegende brigades", "De regio richt een flexpool in met specifieke expertise die gemeenten kort kunnen inhuren om woningbouwprojecten te versnellen.", "regionaal", "samenwerking", "2021", "woondeal_tafel", R, (P, B)),
    _(6, "Regionaal monitoringssysteem planvoorraad", "Er komt een regionaal monitoringssysteem waarin de planvoorraad van alle gemeenten transparant en inzichtelijk is; gereed in december 2020.", "regionaal", "monitoring", "december 2020", "woondeal_tafel", R, (P, A, N)),
    _(7, "Versnellingskamers voor vastgelopen projecten", "Gemeenten en marktpartijen kunnen een versnellingskamer aanvragen om knelpunten in concrete projecten in één sessie op te lossen.", "lokaal", "kennis", "2021", "rijksbeleid", B, (P,)),
    _(8, "Flexwonen: sneller tijdelijke en flexibele woningen", "Partijen versnellen de bouw van tijdelijke en flexibele woningen; Arnhem en Nijmegen ontvangen circa € 5 miljoen voor woningen voor kwetsbare groepen, waaronder 500 tijdelijke woningen in Winkelsteeg.", "regionaal", "bouwproductie", "2022", "lokaal_uitvoeringsplan", B, (A, N, "Gemeente Lingewaard")),
    _(9, "Regionale woningbouwprogrammering", "De subregio's stemmen hun woningbouwprogramma's af, zodat aantallen, segmenten en fasering samen de regionale opgave dekken.", "subregionaal", "samenwerking", "2021", "woondeal_tafel", R, ("Gemeente Zevenaar", "Gemeente Wijchen")),
    _(10, "Continuïteit in de bouwproductie", "Partijen voorkomen dat de bouwproductie stilvalt door procedures en vergunningverlening ook tijdens de coronacrisis door te laten lopen.", "regionaal", "samenwerking", "2021", "woondeal_tafel", R, ("Bouwend Nederland", "NEPROM")),
    _(11, "Gezamenlijke aanvragen woningbouwimpuls", "Regio, provincie en gemeenten bereiden samen kansrijke aanvragen voor de woningbouwimpuls voor en zorgen voor cofinanciering.", "regionaal", "financiering", "2022", "investeringsagenda", P, (R, B)),
    _(12, "Actief grondbeleid en publieke grondposities", "Gemeenten onderzoeken hoe publieke grondposities en actief grondbeleid de woningbouw kunnen versnellen.", "lokaal", "beleid", "2023", "lokaal_uitvoeringsplan", R, (P,)),
    # Pijler 2: Betaalbaarheid
    _(13, "50% van de woningen in het betaalbare segment", "De helft van de nieuw te bouwen woningen valt in het betaalbare segment (sociale huur, middenhuur en koop tot de NHG-grens), gemeten over de nog niet vastgestelde planvoorraad.", "regionaal", "bouwproductie", "2030", "lokaal_uitvoeringsplan", R, (A, N, P)),
    _(14, "Middenhuur met institutionele beleggers", "Gemeenten en beleggers maken afspraken over de bouw en duurzame exploitatie van middenhuurwoningen.", "regionaal", "samenwerking", "2022", "woondeal_tafel", R, ("IVBN",)),
    _(15, "Betaalbare koopwoningen voor starters", "Gemeenten zetten instrumenten in zoals starterslening en koopgarant om koopwoningen tot de NHG-grens bereikbaar te houden voor starters.", "lokaal", "beleid", "2023", "lokaal_uitvoeringsplan", N, (A,)),
    _(16, "Experimenteerruimte voor corporaties", "Het Rijk biedt corporaties meer ruimte om te experimenteren, bijvoorbeeld met middenhuur en gemengde projecten.", "regionaal", "beleid", "2021", "rijksbeleid", B, ("Woonkr8", "Talis")),
    _(17, "Excessen op de woningmarkt aanpakken", "Gemeenten onderzoeken zelfbewoningsplicht, anti-speculatiebeding en opkoopbescherming om excessen op de woningmarkt tegen te gaan.", "lokaal", "beleid", "2022", "lokaal_uitvoeringsplan", A, (N, B)),
    _(18, "Conceptueel bouwen voor betaalbare woningen", "Partijen bundelen de vraag naar conceptuele woningen, zodat seriematig en sneller betaalbaar gebouwd kan worden.", "regionaal", "bouwproductie", "2023", "woondeal_tafel", R, ("Bouwend Nederland", "Portaal")),
    _(19, "Nieuwbouw sociale huur in prestatieafspraken", "Gemeenten en corporaties leggen de nieuwbouw van sociale huurwoningen vast in de jaarlijkse prestatieafspraken.", "lokaal", "bouwproductie", "2025", "prestatieafspraken", N, ("Talis", "Portaal", "Woonwaarts")),
    _(20, "Evenwichtige spreiding van sociale huur in de regio", "De subregio's zorgen dat sociale huurwoningen evenwichtig over de gemeenten worden verdeeld.", "subregionaal", "beleid", "2025", "woondeal_tafel", R, ("Gemeente Overbetuwe", "Gemeente Duiven")),
    # Pijler 3: Groen en circulair
    _(21, "Minstens 25% circulair, 50% vanaf 2030", "Van de nieuwe plannen wordt minimaal 25% circulair gebouwd; vanaf 2030 minimaal 50%.", "regionaal", "bouwproductie", "2030", "woondeal_tafel", P, (R, "Bouwend Nederland")),
    _(22, "Gezamenlijke meetmethode circulair bouwen", "Partijen spreken één meetmethode af om te bepalen wanneer een woning als circulair geldt.", "regionaal", "monitoring", "2021", "woondeal_tafel", P, (R, B)),
    _(23, "Regionale circulaire bouwhub", "De regio verkent een bouwhub waar vrijkomende materialen worden opgeslagen en opnieuw ingezet.", "regionaal", "samenwerking", "2022", "investeringsagenda", R, ("Bouwend Nederland",)),
    _(24, "Natuurinclusief en klimaatadaptief bouwen", "Nieuwe woningbouwlocaties worden natuurinclusief en klimaatadaptief ingericht.", "regionaal", "beleid", "2025", "verstedelijkingsstrategie", P, (A, N)),
    _(25, "Biobased en houtbouw", "Partijen stimuleren biobased bouwen en houtbouw, onder meer via pilots op versnellingslocaties.", "regionaal", "kennis", "2023", "woondeal_tafel", P, ("NEPROM",)),
    _(26, "Verduurzaming van de corporatievoorraad", "Corporaties verduurzamen hun bestaande woningen, in samenhang met de wijkaanpak aardgasvrij.", "lokaal", "bouwproductie", "2030", "prestatieafspraken", A, ("Vivare", "Volkshuisvesting Arnhem")),
    _(27, "Kennisprogramma circulair bouwen", "Overheden en bouwers delen kennis en praktijkervaring over circulair bouwen in een regionaal kennisprogramma.", "regionaal", "kennis", "2022", "woondeal_tafel", R, ("Bouwend Nederland", P)),
    # Pijler 4: Leefbaarheid en stadsvernieuwing 3.0
    _(28, "Stadsvernieuwing 3.0: integrale wijkaanpak", "Rijk, provincie en gemeenten werken aan een langjarige, integrale aanpak van wijken met een stapeling van sociale en fysieke opgaven.", "regionaal", "samenwerking", "2030", "woondeal_tafel", B, (A, N)),
    _(29, "Wijkvernieuwing Nijmegen Dukenburg", "Nijmegen en partners werken aan een perspectief voor Dukenburg waarin wonen, onderwijs en werk samenkomen.", "lokaal", "samenwerking", "2030", "lokaal_uitvoeringsplan", N, ("Talis", "Portaal")),
    _(30, "Wijkaanpak Nijmegen-West", "In Nijmegen-West worden woningbouw en verbetering van de leefbaarheid in samenhang opgepakt.", "lokaal", "samenwerking", "2030", "lokaal_uitvoeringsplan", N, ("Standvast Wonen",)),
    _(31, "Monitor leefbaarheid", "Partijen volgen de leefbaarheid in kwetsbare wijken met een gezamenlijke set indicatoren.", "regionaal", "monitoring", "2021", "woondeal_tafel", R, (A, N)),
    _(32, "Ontwikkelperspectief Elderveld, Kronenburg en Vredenburg", "Arnhem en het atelier Rijksbouwmeester werken samen aan een ontwikkelperspectief voor de wijken Elderveld, Kronenburg en Vredenburg.", "lokaal", "kennis", "2021", "lokaal_uitvoeringsplan", A, (B,)),
    _(33, "Arnhem-Oost: langjarige stadsvernieuwing", "Arnhem werkt aan een bewonersgericht, integraal en langjarig perspectief voor vijf wijken in Arnhem-Oost; eerste projecten zijn de zomerschool en de begeleiding van 60 jongeren in Presikhaaf en Malburgen.", "lokaal", "samenwerking", "2030", "lokaal_uitvoeringsplan", A, (B, P, "Vivare")),
    _(34, "Evenwichtige huisvesting van aandachtsgroepen", "Gemeenten en corporaties verdelen de huisvesting van aandachtsgroepen evenwichtig over wijken en gemeenten.", "regionaal", "beleid", "2022", "prestatieafspraken", R, ("Woonkr8",)),
    _(35, "Veiligheid en ondermijning in wijken", "Gemeenten pakken ondermijning en onveiligheid in kwetsbare wijken aan in samenhang met de fysieke aanpak.", "lokaal", "samenwerking", "2025", "lokaal_uitvoeringsplan", A, (N,)),
    _(36, "Financiering stedelijke vernieuwing", "Rijk en provincie onderzoeken meerjarige financiering voor de stedelijke vernieuwing in de regio.", "regionaal", "financiering", "2022", "investeringsagenda", B, (P, A, N)),
    _(37, "Kansen voor jongeren in kwetsbare wijken", "Onderwijs, werk en wonen worden verbonden om jongeren in kwetsbare wijken betere kansen te geven.", "lokaal", "samenwerking", "2025", "lokaal_uitvoeringsplan", A, ("Volkshuisvesting Arnhem",)),
    _(38, "Renovatie van naoorlogse wijken", "Corporaties en gemeenten renoveren en verdichten naoorlogse wijken, zoals Presikhaaf en Malburgen.", "lokaal", "bouwproductie", "2030", "prestatieafspraken", A, ("Vivare", "Portaal")),
    _(39, "Bewonersparticipatie in de wijkaanpak", "Bewoners worden vanaf het begin betrokken bij de plannen voor hun wijk.", "lokaal", "samenwerking", "2025", "lokaal_uitvoeringsplan", N, (A,)),
    _(40, "Leefbaarheid in kleine kernen", "Kleine kernen houden hun voorzieningen door passende woningbouw voor jongeren en ouderen.", "subregionaal", "beleid", "2025", "lokaal_uitvoeringsplan", R, ("Gemeente Druten", "Gemeente Montferland")),
    # Pijler 5: Verstedelijking en gebiedsontwikkeling
    _(41, "Verstedelijkingsstrategie Arnhem-Nijmegen-Foodvalley", "De Woondeal is een bouwsteen voor de Verstedelijkingsstrategie, die tot 2040 laat zien waar wonen, mobiliteit, economie en landschap samen worden ontwikkeld.", "regionaal", "beleid", "2040", "verstedelijkingsstrategie", R, (P, B)),
    _(42, "Business case Stationsgebied en Binnenstad Nijmegen", "Rijk, provincie en Nijmegen stellen in het eerste kwartaal van 2021 een business case op voor het Stationsgebied en de Binnenstad.", "lokaal", "financiering", "2021", "investeringsagenda", N, (P, B)),
    _(43, "Business case Kanaalzone Nijmegen", "Rijk, provincie en Nijmegen stellen een business case op voor de gebiedsontwikkeling in de Kanaalzone.", "lokaal", "financiering", "2021", "investeringsagenda", N, (P, B)),
    _(44, "Woningbouwimpuls Stationsgebied Nijmegen", "Met cofinanciering van provincie en Rijk realiseert Nijmegen in een multimodale hub 670 woningen, waarvan 419 in het betaalbare segment.", "lokaal", "bouwproductie", "2026", "lokaal_uitvoeringsplan", N, (P, B, "NS")),
    _(45, "Spoorzone Arnhem-Oost en Rijnpark", "Arnhem werkt met partners aan de ontwikkeling van de Spoorzone Arnhem-Oost en het Rijnpark als grootschalige woningbouwlocatie.", "lokaal", "bouwproductie", "2035", "verstedelijkingsstrategie", A, (P, "NS")),
    _(46, "Regionale Investeringsagenda", "De regio bundelt de investeringen die nodig zijn voor woningbouw en bereikbaarheid in een Regionale Investeringsagenda.", "regionaal", "financiering", "2021", "investeringsagenda", R, (P, B)),
    _(47, "Woningbouwimpuls Winkelsteeg", "Nijmegen dient een aanvraag in voor de woningbouwimpuls voor de ontwikkeling van Winkelsteeg.", "lokaal", "financiering", "2021", "lokaal_uitvoeringsplan", N, (B,)),
    _(48, "Bouwen rond OV-knooppunten", "Partijen benutten de ruimte rond stations voor woningbouw, samen met NS.", "regionaal", "bouwproductie", "2030", "verstedelijkingsstrategie", R, ("NS", P)),
    _(49, "Wonen en werken in balans", "Bij transformatie van bedrijventerreinen wordt gezorgd voor voldoende ruimte voor werken naast de woningbouw.", "regionaal", "beleid", "2030", "verstedelijkingsstrategie", R, (P,)),
    _(50, "Versnelling Waalsprong Nijmegen-Noord", "Nijmegen versnelt de woningbouw in de Waalsprong richting het eindbeeld van circa 12.000 woningen.", "lokaal", "bouwproductie", "2030", "lokaal_uitvoeringsplan", N, ("NEPROM",)),
    _(51, "Centrum-Oost Arnhem", "Arnhem ontwikkelt Centrum-Oost als versnellingslocatie met een mix van betaalbare woningen.", "lokaal", "bouwproductie", "2027", "lokaal_uitvoeringsplan", A, ("Volkshuisvesting Arnhem",)),
    _(52, "Groen en landschap in de verstedelijking", "De groei van de regio gaat samen met versterking van het landschap van de Groene Metropoolregio.", "regionaal", "beleid", "2040", "verstedelijkingsstrategie", P, (R,)),
    _(53, "Bereikbaarheid van nieuwe woningbouwlocaties", "Rijk en regio koppelen investeringen in bereikbaarheid aan de grote woningbouwlocaties.", "regionaal", "financiering", "2030", "investeringsagenda", B, (R, P)),
    # Pijler 6: Specifieke doelgroepen en overige thema's
    _(54, "Huisvesting van dakloze mensen", "Partijen maken specifieke afspraken over de huisvesting van dakloze mensen, met voldoende passende woonruimte en begeleiding.", "regionaal", "samenwerking", "2022", "prestatieafspraken", N, (A, "Talis")),
    _(55, "Uitstroom uit beschermd wonen en opvang", "Gemeenten en corporaties zorgen voor woonruimte voor mensen die uitstromen uit beschermd wonen en maatschappelijke opvang.", "regionaal", "samenwerking", "2022", "prestatieafspraken", A, ("Volkshuisvesting Arnhem", "Vivare")),
    _(56, "Studentenhuisvesting in Arnhem en Nijmegen", "Arnhem en Nijmegen pakken studentenhuisvesting lokaal op, met extra eenheden bij de onderwijsinstellingen.", "lokaal", "bouwproductie", "2025", "lokaal_uitvoeringsplan", N, (A,)),
    _(57, "Wonen en zorg voor ouderen", "Gemeenten zorgen voor voldoende geschikte woningen en woonzorgvormen voor ouderen.", "regionaal", "beleid", "2025", "lokaal_uitvoeringsplan", R, ("Gemeente Heumen", "Gemeente Rheden")),
    _(58, "Huisvesting statushouders", "Gemeenten huisvesten statushouders tijdig, onder meer in flexibele woningen.", "lokaal", "samenwerking", "2021", "prestatieafspraken", R, (P,)),
    _(59, "Regionale aanpak huisvesting arbeidsmigranten", "Er komt een regionale aanpak voor goede huisvesting van arbeidsmigranten; sinds 1 oktober 2020 werkt een procesregisseur vanuit de provincie aan de regionale samenwerking.", "regionaal", "samenwerking", "2022", "woondeal_tafel", P, (R, "Gemeente Overbetuwe")),
    _(60, "Standplaatsen voor woonwagenbewoners", "Gemeenten brengen de behoefte aan standplaatsen in beeld en nemen die op in hun woonbeleid.", "lokaal", "beleid", "2022", "lokaal_uitvoeringsplan", R, ("Gemeente Westervoort",)),
    _(61, "Doorstroming op de woningmarkt", "Partijen stimuleren doorstroming, bijvoorbeeld met woningen voor senioren die een eengezinswoning vrijmaken.", "regionaal", "beleid", "2023", "prestatieafspraken", R, ("Woonwaarts",)),
    _(62, "Stikstofruimte voor gebiedsontwikkelingen", "Arnhem, Renkum, de provincie en het ministerie van BZK brengen de stikstofproblematiek in kaart en zoeken samen naar oplossingen.", "regionaal", "beleid", "2021", "rijksbeleid", P, (A, "Gemeente Renkum", B)),
    _(63, "Hogere vermindering verhuurderheffing", "Corporaties krijgen voor nieuwe huurwoningen € 25.000 in plaats van € 12.500 vermindering op de verhuurderheffing per woning; voor 4.369 woningen is een beroep gedaan op de regeling.", "regionaal", "financiering", "2021", "rijksbeleid", B, ("Woonkr8", "Talis", "Vivare")),
    _(64, "Uitvoeringsbudget Woondeal", "Rijk (€ 750.000) en provincie (€ 250.000) stellen € 1 miljoen beschikbaar voor secretariaat, procesondersteuning, monitoring en communicatie.", "regionaal", "financiering", "2022", "woondeal_tafel", R, (B, P)),
    _(65, "Versnellingstafel en Tempotafels", "Overheden en private en maatschappelijke partners werken samen aan de Versnellingstafel en in publiek-private Tempotafels.", "regionaal", "samenwerking", "2022", "woondeal_tafel", R, ("NEPROM", "Bouwend Nederland")),
    _(66, "Communicatie en kennisdeling", "Partijen delen resultaten en praktijkverhalen via een gezamenlijke communicatiestrategie.", "regionaal", "kennis", "2021", "woondeal_tafel", R, (P,)),
    _(67, "Halfjaarlijkse voortgangsrapportage", "Het Ambtelijk Kernteam stelt twee keer per jaar een voortgangsrapportage op voor het Bestuurlijk Overleg Woondeal.", "regionaal", "monitoring", "2030", "woondeal_tafel", R, (P, B)),
    _(68, "Knelpunten in regelgeving naar het Rijk", "Knelpunten in wet- en regelgeving die de woningbouw vertragen worden verzameld en aan het Rijk voorgelegd.", "regionaal", "beleid", "2022", "rijksbeleid", B, (R,)),
    _(69, "Evaluatie en actualisatie van de Woondeal", "Partijen evalueren de Woondeal en actualiseren de afspraken waar nodig.", "regionaal", "samenwerking", "2022", "woondeal_tafel", R, (P, B)),
]
# fmt: on
