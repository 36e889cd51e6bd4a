# ruff: noqa: E501
"""Yr eirfa: y geiriau y mae pob cwrs yn eu hailadrodd, mewn iaith syml (Welsh). Plain data only.

The entries follow the Welsh alphabet (ll after l, y last), so the two headings split the list
differently from the English; the blocks are the same in number and kind.
"""

GLOSSARY = {
    "slug": "words-we-use",
    "title": "Geiriau rydyn ni’n eu defnyddio: geirfa",
    "category": "ongoing",
    "delivery": "online",
    "summary": "Y geiriau sy’n codi dro ar ôl tro yn eich hyfforddiant, pob un wedi’i egluro mewn brawddeg neu ddwy. Dewch yn ôl ati pryd bynnag y bydd gair yn newydd.",
    "estimated_minutes": 10,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "glossary",
            "title": "Geirfa",
            "summary": "Geiriau o’r cyrsiau, o A i Y.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "words-from-a-to-z",
                    "title": "Geiriau o A i Y",
                    "estimated_minutes": 10,
                    "body": [
                        ("text", "Defnyddiwch y botwm gwrando i glywed unrhyw air yn cael ei ddarllen yn uchel. Os oes gair sydd ei angen arnoch chi ar goll, dywedwch wrth eich goruchwyliwr a byddwn ni’n ei ychwanegu."),
                        ("heading", "A i G"),
                        ("text", "- 1:1: eich cyfarfod 30 munud bob wythnos gyda’ch goruchwyliwr, dim ond chi’ch dau.\n- Arweinydd diogelu: y person yn ein sefydliad sy’n penderfynu beth sy’n digwydd pan fydd rhywun yn poeni am ddiogelwch person.\n- Atgyfeiriad: pan fydd gwasanaeth, neu’r person ei hun, yn gofyn i ni gysylltu.\n- CPR: gwasgu’n galed ac yn gyflym ar ganol brest rhywun sydd ddim yn anadlu. Bydd y person sy’n ateb eich galwad 999 yn eich helpu drwyddo.\n- Cyd-gymorth: grwpiau lle mae pobl mewn adferiad yn cefnogi ei gilydd, fel AA, NA neu SMART Recovery.\n- Cyfranogwr Camau Cyntaf: rhywun sy’n meddwl am newid ei ddefnydd o alcohol neu gyffuriau, neu’n ceisio gwneud hynny, ac sy’n fodlon siarad â chefnogwr cymheiriaid.\n- Cyfrinachedd: cadw’n breifat beth mae pobl yn ei ddweud wrthon ni, a’i rannu dim ond pan fydd angen i ni gadw rhywun yn ddiogel.\n- Diddyfnu: teimlo’n sâl pan fydd rhywun yn cwtogi neu’n stopio sylwedd y mae ei gorff wedi dod i ddibynnu arno. Gydag alcohol gall fod yn beryglus.\n- Diogelu: amddiffyn pobl rhag camdriniaeth, esgeulustod a niwed.\n- Firws a gludir yn y gwaed: haint sy’n pasio o waed un person i waed rhywun arall, fel hepatitis B, hepatitis C neu HIV. Gall rhannu nodwyddau neu offer arall eu pasio ymlaen.\n- Galluedd: gallu gwneud penderfyniad penodol ar adeg benodol. Gall bod yn feddw iawn neu’n uchel iawn ei gymryd i ffwrdd am gyfnod.\n- Gorfodaeth: pan fydd rhywun yn cael ei bwyso, ei ddychryn neu ei reoli i wneud neu ddweud rhywbeth.\n- Goruchwyliwr: y person sy’n eich cefnogi yn eich rôl, yn cwrdd â chi yn eich sgwrs 1:1 ac yn eich helpu i feddwl pethau drwodd.\n- Grŵp cymheiriaid: y cyfarfod bob pythefnos lle mae cefnogwyr cymheiriaid yn cefnogi ei gilydd.\n- Gwiriad lles: y cwestiynau byr bob wythnos am sut rydych chi, y mae eich goruchwyliwr yn eu gweld."),
                        ("heading", "Ll i Y"),
                        ("text", "- Lleihau niwed: helpu pobl i fod yn fwy diogel nawr, beth bynnag yw eu nodau.\n- Llithriad: mynd yn ôl i yfed neu ddefnyddio am gyfnod, ar ôl cyfnod o beidio.\n- Naloxone: meddyginiaeth sy’n gwrthdroi gorddos opioid am gyfnod byr. Gall unrhyw un ei rhoi i achub bywyd.\n- NHS 111, opsiwn 2: y llinell ffôn am ddim ar gyfer help iechyd meddwl brys, ddydd a nos.\n- OARS: pedair sgil gwrando, o’r geiriau Saesneg: cwestiynau agored, cadarnhau, adlewyrchu a chrynhoi.\n- Ystum adfer: rhoi rhywun i orwedd ar ei ochr, gyda’i ben wedi’i ogwyddo’n ôl, fel ei fod yn gallu anadlu ac na fydd yn tagu os bydd yn chwydu."),
                        ("reflection", "Pa air o’ch hyfforddiant oedd yn newydd i chi? Ysgrifennwch e yn eich geiriau eich hun."),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}
