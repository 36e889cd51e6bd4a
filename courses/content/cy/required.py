# ruff: noqa: E501
"""Y tri chwrs ar-lein y mae pawb yn eu cwblhau, ochr yn ochr â’r hyfforddiant sefydlu, cyn rhoi
cymorth cymheiriaid (Welsh). Plain data only."""

from .crisis import ALCOHOL_EMERGENCIES, CAPACITY_AND_CHOICE, SUICIDE_AND_SELF_HARM

SAFEGUARDING = {
    "slug": "safeguarding",
    "title": "Diogelu oedolion a phlant",
    "category": "required",
    "delivery": "online",
    "summary": "Sut i sylwi ar gamdriniaeth ac esgeulustod, a beth yn union i’w wneud pan fyddwch chi’n poeni am oedolyn neu blentyn.",
    "estimated_minutes": 60,
    "validity_months": 36,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "safeguarding-adults-and-children",
            "title": "Diogelu oedolion a phlant",
            "summary": "Beth mae diogelu’n ei olygu, y mathau o niwed i gadw llygad amdanyn nhw, a sut i weithredu ar bryder.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "what-safeguarding-means",
                    "title": "Beth mae diogelu’n ei olygu",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Cyfrifoldeb pawb"),
                        ("text", "Mae diogelu’n golygu amddiffyn hawl pobl i fyw’n ddiogel, heb gamdriniaeth ac esgeulustod. Mae’n cynnwys plant, sef unrhyw un o dan 18 oed. Mae hefyd yn cynnwys oedolion a allai ei chael hi’n anoddach amddiffyn eu hunain, er enghraifft oherwydd salwch, anabledd, neu eu defnydd o alcohol neu gyffuriau.\n\nMae diogelu’n waith i bawb. Does dim rhaid i chi fod yn siŵr bod camdriniaeth yn digwydd cyn i chi ddweud rhywbeth. Dim ond trosglwyddo eich pryder i’r person iawn, yn gyflym, sydd angen i chi ei wneud."),
                        ("heading", "Pam mae’n bwysig yn ein gwaith ni"),
                        ("text", "Mae llawer o’r bobl rydyn ni’n eu cefnogi mewn mwy o berygl o niwed. Mae pobl eraill yn manteisio ar rai ohonyn nhw oherwydd eu defnydd. Mae rhai’n byw gyda thrais yn y cartref. Mae rhai’n esgeuluso eu hiechyd, eu bwyd neu eu diogelwch eu hunain. Mae gan rai blant sy’n cael eu heffeithio gan beth sy’n digwydd gartref.\n\nYn aml mae cefnogwyr cymheiriaid yn clywed pethau nad oes neb arall yn eu clywed, am fod pobl yn ymddiried ynddyn nhw. Mae’r ymddiriedaeth honno’n dod gyda dyletswydd i weithredu."),
                        ("heading", "Mathau o gamdriniaeth ac esgeulustod"),
                        ("text", "Mae camdriniaeth ar sawl ffurf, a gall person wynebu mwy nag un:\n\n- Corfforol: taro, gwthio, dal rhywun i lawr, neu roi meddyginiaeth iddyn nhw’n anghywir.\n- Rhywiol: unrhyw weithred rywiol nad yw rhywun wedi cytuno iddi, neu nad yw’n gallu cytuno iddi.\n- Emosiynol neu seicolegol: bygythiadau, bychanu, rheoli rhywun neu ei dorri i ffwrdd oddi wrth bobl eraill.\n- Ariannol: cymryd arian, budd-daliadau neu eiddo rhywun. Mae hyn yn cynnwys “cuckooing”, pan fydd rhywun yn cymryd drosodd cartref person, yn aml i werthu cyffuriau.\n- Esgeulustod: peidio â diwallu anghenion sylfaenol rhywun pan fyddwch chi’n gyfrifol amdano.\n- Hunan-esgeulustod: person ddim yn gofalu am ei iechyd, ei hylendid na’i gartref ei hun, i’r graddau ei fod yn ei roi mewn perygl.\n- Cam-drin domestig: camdriniaeth gan bartner, cyn-bartner neu aelod o’r teulu, gan gynnwys ymddygiad rheolaethol.\n- Camfanteisio a chaethwasiaeth fodern: cael eich gorfodi i weithio, i gyflawni troseddau neu i gario cyffuriau.\n- Camdriniaeth wahaniaethol: camdriniaeth oherwydd hil, anabledd, rhywioldeb rhywun neu ran arall o bwy ydyn nhw.\n- Camdriniaeth sefydliadol: gofal gwael neu arfer gwael o fewn gwasanaeth."),
                        ("heading", "Plant"),
                        ("text", "Gall plant gael eu niweidio pan fydd yr oedolion sy’n gofalu amdanyn nhw’n sâl iawn, yn defnyddio alcohol neu gyffuriau’n drwm, neu’n byw gyda cham-drin domestig. Gall yr arwyddion gynnwys plentyn sy’n aml yn llwglyd neu heb ymolchi, sy’n colli’r ysgol, sy’n cael ei adael ar ei ben ei hun, neu sy’n gofalu am riant. Os oes gan rywun rydych chi’n ei gefnogi blant, neu os yw’n byw gyda phlant, cofiwch am y plant hynny hefyd."),
                        ("heading", "Chwe egwyddor"),
                        ("text", "Mae diogelu da yn dibynnu ar chwe syniad:\n\n- Grymuso: mae’r person yn cael help i wneud ei benderfyniadau ei hun, ac yn cael ei holi beth mae ei eisiau.\n- Atal: gweithredu’n gynnar, cyn i niwed ddigwydd.\n- Cymesuredd: mae’r ymateb yn gweddu i’r risg, a dim mwy nag sydd ei angen.\n- Amddiffyn: cymorth i bobl sydd leiaf abl i amddiffyn eu hunain.\n- Partneriaeth: gwasanaethau a chymunedau’n gweithio gyda’i gilydd.\n- Atebolrwydd: mae pawb yn agored am beth wnaethon nhw a pham."),
                        ("heading", "Y gyfraith lle rydych chi’n gweithio"),
                        ("nation", {"england": "Yn Lloegr, mae Deddf Gofal 2014 (Care Act 2014) yn nodi sut mae oedolion yn cael eu diogelu. Oedolyn sy’n wynebu risg yw rhywun sydd ag anghenion gofal a chymorth, sy’n profi neu mewn perygl o gamdriniaeth neu esgeulustod, ac sydd ddim yn gallu amddiffyn ei hun oherwydd yr anghenion hynny. Rhaid i’r cyngor holi pan allai hyn fod yn digwydd. Mae’r chwe egwyddor yn dod o’r canllawiau i’r Ddeddf hon.", "wales": "Yng Nghymru, mae Rhan 7 o Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014 yn nodi sut mae oedolion a phlant yn cael eu diogelu. Oedolyn sy’n wynebu risg yw rhywun sy’n profi neu mewn perygl o gamdriniaeth neu esgeulustod, sydd ag anghenion gofal a chymorth, ac sydd ddim yn gallu amddiffyn ei hun oherwydd yr anghenion hynny. Mae gan lawer o wasanaethau ddyletswydd i adrodd wrth y cyngor am oedolyn neu blentyn sy’n wynebu risg. Mae Gweithdrefnau Diogelu Cymru yn nodi’r camau y mae pawb yn eu dilyn. Gall p’un a yw’r ddyletswydd i adrodd yn disgyn ar ein sefydliad ni, neu arnoch chi, ddibynnu ar sut rydyn ni’n cael ein hariannu. Os nad ydych chi’n siŵr, gofynnwch i’ch goruchwyliwr. Ym mhob achos, rydych chi’n dweud wrth eich goruchwyliwr neu’r arweinydd diogelu."}),
                        ("callout", {"kind": "tip", "title": "Nid chi yw’r ymchwilydd", "text": "Sylwch, gwrandewch a throsglwyddwch. Pobl wedi’u hyfforddi sy’n penderfynu beth sy’n digwydd nesaf."}),
                        ("reflection", "Meddyliwch am ble byddwch chi’n gwirfoddoli. Ble gallech chi weld neu glywed rhywbeth sy’n eich poeni? Ydych chi’n gwybod wrth bwy y byddech chi’n dweud?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "what-to-do-if-you-are-worried",
                    "title": "Beth i’w wneud os ydych chi’n poeni",
                    "estimated_minutes": 25,
                    "body": [
                        ("callout", {"kind": "worried", "title": "Os ydych chi’n poeni am rywun", "text": "Perygl nawr: ffoniwch 999.\nFel arall: dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu yr un diwrnod.\nYsgrifennwch beth welsoch chi a beth glywsoch chi.\nPeidiwch ag ymchwilio. Peidiwch ag addo cadw cyfrinach."}),
                        ("heading", "Os bydd rhywun yn dweud rhywbeth wrthoch chi"),
                        ("text", "Pan fydd rhywun yn dweud wrthoch chi am gamdriniaeth, efallai mai dyma’r tro cyntaf iddyn nhw ddweud wrth unrhyw un. Mae sut rydych chi’n ymateb yn bwysig.\n\n- Arhoswch yn dawel. Gwrandewch. Gadewch iddyn nhw siarad ar eu cyflymder eu hunain.\n- Cymerwch nhw o ddifrif, a dywedwch wrthyn nhw eu bod nhw wedi gwneud y peth iawn wrth ddweud wrthoch chi.\n- Peidiwch â gwthio am fanylion na rhoi geiriau yn eu ceg. Mae anogaeth syml fel “Allwch chi ddweud mwy wrtha i?” yn ddigon.\n- Byddwch yn onest. Dywedwch wrthyn nhw y bydd angen i chi drosglwyddo hyn i rywun sy’n gallu helpu.\n- Peidiwch â chysylltu â’r person a allai fod yn achosi niwed, na’i herio."),
                        ("heading", "Dewis a rhannu"),
                        ("text", "Lle gallwch chi, dywedwch wrth y person beth rydych chi’n bwriadu ei wneud a gofynnwch beth hoffai iddo ddigwydd. Fel arfer mae gan oedolion hawl i wneud eu dewisiadau eu hunain, hyd yn oed rhai y mae eraill yn meddwl eu bod yn annoeth. Ond rydych chi bob amser yn dweud wrth eich goruchwyliwr neu’r arweinydd diogelu am bryder diogelu. Nid torri cyfrinachedd yw hynny: dyna sut mae’r sefydliad yn cadw pobl yn ddiogel.\n\nYr arweinydd diogelu sy’n penderfynu, fesul achos, a yw’r pryder yn mynd ymhellach wedyn, er enghraifft at y cyngor neu’r heddlu. Maen nhw’n pwyso beth mae’r person ei eisiau yn erbyn y risg. Gall gwybodaeth gael ei rhannu heb gytundeb y person pan:\n\n- gall plentyn fod mewn perygl\n- gall pobl eraill fod mewn perygl\n- gall trosedd ddifrifol fod yn rhan o’r peth\n- mae bywyd rhywun mewn perygl\n- efallai na all y person wneud y penderfyniad drosto’i hun ar y pryd\n\nDyma pam na all neb addo cyfrinachedd llwyr, a pham nad ydych chi byth yn addo cadw cyfrinach."),
                        ("heading", "Pan fydd rhywun yn cael ei reoli"),
                        ("text", "Weithiau mae person yn dweud ei fod yn iawn, neu’n gofyn i chi beidio â gweithredu, am fod rhywun arall yn ei reoli neu’n ei ddychryn. Gorfodaeth yw’r enw ar hyn. Efallai bod partner, aelod o’r teulu neu rywun sydd wedi rhoi benthyg arian iddo yn gwrando, neu wedi dweud wrtho beth i’w ddweud. Os yw’n ymddangos bod dewisiadau person yn dilyn dymuniadau rhywun arall, neu ei fod yn ofni siarad, dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu. Mae gorfodaeth yn newid faint o bwys y gellir ei roi ar ei “na”."),
                        ("heading", "Ei ysgrifennu"),
                        ("text", "Ysgrifennwch nodyn yr un diwrnod. Dylai gynnwys:\n\n- y dyddiad, yr amser a’r lle\n- beth welsoch chi a beth glywsoch chi, yng ngeiriau’r person ei hun lle gallwch chi\n- pwy arall oedd yno\n- beth wnaethoch chi, ac wrth bwy y dywedoch chi\n\nCadwch at ffeithiau. Os ydych chi’n ychwanegu barn, dywedwch yn glir mai eich barn chi yw hi. Cadwch y nodyn ar system eich sefydliad, nid ar eich ffôn eich hun nac mewn llyfr nodiadau gartref."),
                        ("heading", "Pryderon am staff neu wirfoddolwyr"),
                        ("text", "Weithiau mae’r pryder am gydweithiwr. Er enghraifft, efallai bod gwirfoddolwr yn rhoi benthyg arian i rywun mae’n ei gefnogi, neu’n dechrau perthynas ag e. Mae hwn yn bryder diogelu hefyd. Dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu. Os yw’r pryder am eich goruchwyliwr, ewch at ei reolwr."),
                        ("reflection", "Sut gallech chi deimlo pe bai rhywun yn dweud wrthoch chi ei fod yn cael ei gam-drin? Beth fyddai’n eich helpu i aros yn dawel a gwneud y pethau iawn?"),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "true_false",
                                "text": "Mae angen i chi fod yn siŵr bod camdriniaeth yn digwydd cyn i chi drosglwyddo pryder.",
                                "options": [
                                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae pryder yn ddigon. Bydd eraill yn edrych i mewn iddo."},
                                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Dim ond trosglwyddo eich pryder sydd angen i chi ei wneud, yn gyflym, i’r person iawn."},
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Pa rai o’r rhain sy’n fathau o gamdriniaeth neu esgeulustod? Dewiswch bob un sy’n berthnasol.",
                                "options": [
                                    {"text": "Rhywun yn cymryd drosodd fflat person i werthu cyffuriau ohono", "correct": True, "feedback": "Ie. “Cuckooing” yw’r enw ar hyn. Mae’n gamfanteisio ac yn gamdriniaeth ariannol."},
                                    {"text": "Partner yn rheoli arian a ffôn rhywun", "correct": True, "feedback": "Ie. Mae ymddygiad rheolaethol yn fath o gam-drin domestig."},
                                    {"text": "Person sydd ddim yn gofalu amdano’i hun mwyach, felly mae mewn perygl", "correct": True, "feedback": "Ie. Hunan-esgeulustod yw hyn, ac mae’n bryder diogelu."},
                                    {"text": "Person yn dewis grŵp adferiad gwahanol i’ch un chi", "correct": False, "feedback": "Na. Ei ddewis ei hun yw hyn a does dim niwed ynddo."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Mae rhywun yn gofyn i chi addo peidio â dweud wrth neb cyn iddo rannu rhywbeth. Beth ydych chi’n ei ddweud?",
                                "options": [
                                    {"text": "Addo, er mwyn iddyn nhw deimlo eu bod yn gallu siarad", "correct": False, "feedback": "Efallai y bydd rhaid i chi dorri’r addewid hwnnw, a fyddai’n niweidio eu hymddiriedaeth. Byddwch yn onest o’r dechrau."},
                                    {"text": "Dweud wrthyn nhw am siarad â’r arweinydd diogelu yn lle", "correct": False, "feedback": "Fe wnaethon nhw ddewis siarad â chi. Gwrandewch, ond byddwch yn onest am beth efallai y bydd angen i chi ei rannu."},
                                    {"text": "Dweud yn garedig na allwch chi addo, ac egluro pam", "correct": True, "feedback": "Ie. Eglurwch efallai y bydd angen i chi ei rannu i gadw pobl yn ddiogel. Mae bod yn onest ar y dechrau yn amddiffyn eu hymddiriedaeth ynoch chi."},
                                    {"text": "Addo, yna dweud wrth eich goruchwyliwr beth bynnag, am fod diogelwch yn dod gyntaf", "correct": False, "feedback": "Peidiwch â gwneud addewidion na allwch chi eu cadw. Eglurwch y terfynau yn gyntaf."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Rydych chi’n poeni bod plentyn yn cael ei esgeuluso, ond does neb mewn perygl ar unwaith. Pryd ydych chi’n dweud wrth eich goruchwyliwr neu’r arweinydd diogelu?",
                                "options": [
                                    {"text": "Yn eich sgwrs 1:1 nesaf", "correct": False, "feedback": "Gallai hynny fod yn rhy hwyr. Peidiwch ag aros am gyfarfod sydd wedi’i drefnu."},
                                    {"text": "Yr un diwrnod", "correct": True, "feedback": "Ie. Mae pryderon diogelu’n cael eu trosglwyddo yr un diwrnod."},
                                    {"text": "Ar ôl i chi ei wirio eich hun", "correct": False, "feedback": "Peidiwch ag ymchwilio eich hun. Trosglwyddwch y pryder a gadewch i bobl wedi’u hyfforddi benderfynu."},
                                    {"text": "Dim ond os yw’n digwydd eto", "correct": False, "feedback": "Mae un pryder yn ddigon. Trosglwyddwch e yr un diwrnod."},
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Mae rhywun yn dweud wrthoch chi ei fod yn cael ei gam-drin. Beth ddylech chi ei wneud? Dewiswch bob un sy’n berthnasol.",
                                "options": [
                                    {"text": "Gwrando’n dawel a’i gymryd o ddifrif", "correct": True, "feedback": "Ie. Gall sut rydych chi’n ymateb wneud gwahaniaeth mawr."},
                                    {"text": "Ysgrifennu beth ddywedodd, yn ei eiriau ei hun, yr un diwrnod", "correct": True, "feedback": "Ie. Mae nodyn clir, ffeithiol yn helpu’r bobl a fydd yn gweithredu arno."},
                                    {"text": "Ei holi’n fanwl i gael yr holl ffeithiau", "correct": False, "feedback": "Na. Peidiwch ag ymchwilio. Mae anogaeth syml yn ddigon."},
                                    {"text": "Mynd i herio’r person sy’n achosi’r niwed", "correct": False, "feedback": "Na. Gallai hyn eu rhoi nhw a chi mewn perygl."},
                                    {"text": "Dweud wrtho y bydd angen i chi ei rannu gyda rhywun sy’n gallu helpu", "correct": True, "feedback": "Ie. Byddwch yn onest am beth sy’n digwydd nesaf."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Os yw rhywun mewn perygl ar unwaith, dylech chi ffonio 999.",
                                "options": [
                                    {"text": "Cywir", "correct": True, "feedback": "Iawn. Ffoniwch 999 yn gyntaf, yna dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu."},
                                    {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Mae perygl ar unwaith bob amser yn golygu ffonio 999."},
                                ],
                            },
                        ],
                    },
                },
                CAPACITY_AND_CHOICE,
                SUICIDE_AND_SELF_HARM,
            ],
        },
    ],
}

PROFESSIONAL_BOUNDARIES = {
    "slug": "professional-boundaries",
    "title": "Cadw ffiniau proffesiynol",
    "category": "required",
    "delivery": "online",
    "summary": "Sut i gadw cymorth cymheiriaid yn ddiogel ac yn glir i bawb, gan gynnwys pan fydd eich rôl fel cymar a rôl eich sefydliad yn tynnu i gyfeiriadau gwahanol.",
    "estimated_minutes": 45,
    "validity_months": 36,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "maintaining-professional-boundaries",
            "title": "Cadw ffiniau proffesiynol",
            "summary": "Beth yw ffiniau, pam maen nhw’n bwysig mewn cymorth cymheiriaid, a sut i’w cadw o ddydd i ddydd.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "what-boundaries-are",
                    "title": "Beth yw ffiniau a pham maen nhw’n bwysig",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Beth yw ffin?"),
                        ("text", "Llinell sy’n cadw perthynas yn ddiogel ac yn glir yw ffin. Mae’n dangos beth yw pwrpas y berthynas, beth gall pob person ei ddisgwyl, a ble mae’n stopio. Mae ffiniau’n amddiffyn y bobl rydych chi’n eu cefnogi. Maen nhw hefyd yn eich amddiffyn chi, eich adferiad a’r sefydliad."),
                        ("heading", "Cymar, nid ffrind"),
                        ("text", "Mae cymorth cymheiriaid yn teimlo’n agosach ac yn fwy cyfartal na chymorth gan weithiwr proffesiynol. Dyna ei gryfder. Ond mae hefyd yn gwneud ffiniau’n anoddach eu gweld. Efallai bod gennych chi lawer yn gyffredin â’r person rydych chi’n ei gefnogi. Efallai eich bod chi’n ei hoffi’n fawr. Dydych chi ddim yn ffrind iddo yn yr ystyr arferol o hyd.\n\nMae cyfeillgarwch yn mynd y ddwy ffordd: rydych chi’n pwyso ar eich gilydd. Mewn cymorth cymheiriaid, mae’r berthynas yno i’r person arall. Rydych chi’n cael eich cymorth eich hun gan eich goruchwyliwr, eich grŵp cymheiriaid a’ch rhwydwaith eich hun, nid gan y bobl rydych chi’n eu cefnogi."),
                        ("heading", "Dwy rôl ar unwaith"),
                        ("text", "Mae cefnogwyr cymheiriaid yn sefyll mewn dau le ar unwaith. Mae gennych chi brofiad bywyd, fel y bobl rydych chi’n eu cefnogi. Rydych chi hefyd yn cynrychioli sefydliad, gyda’i reolau a’i ddyletswyddau ei hun. Weithiau mae’r rhain yn tynnu i gyfeiriadau gwahanol. Gwrthdaro rôl yw’r enw ar hyn. Er enghraifft:\n\n- Mae rhywun yn gofyn i chi gadw cyfrinach “am eich bod chi’n un ohonon ni”, ond mae gennych chi bryder am ddiogelwch.\n- Rydych chi’n cwrdd â rhywun rydych chi’n ei gefnogi yn eich cyfarfod cyd-gymorth eich hun.\n- Mae rhywun roeddech chi’n arfer defnyddio gyda nhw yn dechrau dod i’r ganolfan.\n- Mae ffrind o’ch gorffennol yn gofyn i chi “roi gair da” drosto.\n\nDoes dim cywilydd mewn cael hyn yn anodd. Yr ateb yw sylwi arno’n gynnar a siarad amdano gyda’ch goruchwyliwr."),
                        ("heading", "Pam mae’n bwysig"),
                        ("text", "Pan fydd ffiniau’n llithro, gall niwed ddilyn, hyd yn oed gyda’r bwriadau gorau. Efallai y bydd y person yn dod i ddibynnu arnoch chi mewn ffordd sydd ddim yn iach. Efallai y bydd yn teimlo’n brifo neu wedi’i siomi pan na allwch chi roi beth roeddech chi’n ymddangos yn ei gynnig. Efallai y byddwch chi’n llosgi allan, neu’n gweld eich adferiad eich hun mewn perygl. Mae ffiniau clir yn helpu’r cymorth i bara."),
                        ("callout", {"kind": "tip", "title": "Gwiriad cyflym", "text": "Gofynnwch: Anghenion pwy ydw i’n eu diwallu yma? Fyddwn i’n hapus i’m goruchwyliwr wybod? Fyddwn i’n gwneud hyn i bawb rydw i’n eu cefnogi? Os yw unrhyw ateb yn eich anesmwytho, oedwch a siaradwch amdano."}),
                        ("reflection", "Ble rydych chi’n meddwl y gallai eich ffiniau eich hun gael eu profi: gyda phobl o’ch gorffennol, yn eich cymuned leol, neu ar-lein?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "boundaries-day-to-day",
                    "title": "Ffiniau o ddydd i ddydd",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Ffonau a’r cyfryngau cymdeithasol"),
                        ("text", "Defnyddiwch y ffôn a’r e-bost y mae eich sefydliad yn eu rhoi i chi. Peidiwch â rhoi eich rhif eich hun na’ch cyfeiriad cartref. Peidiwch ag ychwanegu pobl rydych chi’n eu cefnogi fel ffrindiau neu ddilynwyr ar y cyfryngau cymdeithasol, a pheidiwch ag anfon negeseuon atyn nhw o’ch cyfrifon eich hun. Os bydd rhywun yn dod o hyd i chi ar-lein, peidiwch ag ateb o’ch cyfrif eich hun. Soniwch am y peth wrth eich goruchwyliwr."),
                        ("heading", "Arian ac anrhegion"),
                        ("text", "Peidiwch byth â rhoi benthyg na rhoi arian i’r bobl rydych chi’n eu cefnogi, a pheidiwch byth â benthyg ganddyn nhw. Peidiwch â phrynu na gwerthu pethau gyda nhw. Mae diolch bach, fel cerdyn, fel arfer yn iawn, ond gwiriwch reolau eich sefydliad a dywedwch wrth eich goruchwyliwr am unrhyw anrheg. Gwrthodwch unrhyw beth o werth go iawn yn garedig: “Mae hynny’n garedig iawn, ond alla i ddim ei dderbyn.”"),
                        ("heading", "Cyffwrdd a pherthnasoedd"),
                        ("text", "Mae rhai pobl yn croesawu cwtsh. Mae eraill yn ofni cael eu cyffwrdd, yn aml oherwydd trawma yn y gorffennol. Peidiwch â chymryd yn ganiataol. Os ydych chi mewn amheuaeth, peidiwch.\n\nDydy perthynas ramantus neu rywiol gyda rhywun rydych chi’n ei gefnogi byth yn dderbyniol. Os ydych chi’n cael eich denu at rywun rydych chi’n ei gefnogi, neu os yw’n ymddangos ei fod yn cael ei ddenu atoch chi, dywedwch wrth eich goruchwyliwr. Mae hyn yn digwydd, a does dim cywilydd ynddo, ond mae angen ei drin yn dda."),
                        ("heading", "Eich amser a’ch egni"),
                        ("text", "Mae ffiniau hefyd yn ymwneud â faint rydych chi’n ei roi. Gall ateb galwadau’n hwyr yn y nos, cymryd mwy o bobl nag y gallwch chi eu rheoli, neu wneud tasgau y gallai pobl eu gwneud eu hunain i gyd eich blino. Cadwch at yr oriau sydd wedi’u cytuno. Mae’n iawn dweud: “Alla i ddim gwneud hynny, ond dyma pwy sy’n gallu helpu.”"),
                        ("heading", "Os yw llinell wedi’i chroesi"),
                        ("text", "Mae pawb yn cael hyn yn anghywir weithiau. Os ydych chi’n meddwl eich bod wedi croesi ffin, neu’n agos at wneud hynny, dywedwch wrth eich goruchwyliwr cyn gynted ag y gallwch. Mae’n llawer haws ei ddatrys yn gynnar. Y nod yw eich helpu i’w unioni, nid eich cosbi."),
                        ("callout", {"kind": "warning", "title": "Os bydd rhywun yn cynnig alcohol neu gyffuriau i chi", "text": "Os bydd rhywun rydych chi’n ei gefnogi yn cynnig alcohol neu gyffuriau, neu’n gofyn i chi eu cael, dywedwch na a dywedwch wrth eich goruchwyliwr. Os byddwch chi’n llithro, siaradwch â’ch goruchwyliwr. Mae’r polisi rheoli llithriad yn egluro’r cymorth."}),
                        ("reflection", "Oes ffin rydych chi eisoes yn gwybod ei bod hi’n anodd i chi ei chadw, fel dweud na, neu ddiffodd eich ffôn? Beth fyddai’n eich helpu i’w chadw?"),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "single",
                                "text": "Beth yw prif bwrpas ffiniau proffesiynol?",
                                "options": [
                                    {"text": "Cadw pobl hyd braich i ffwrdd", "correct": False, "feedback": "Ddim yn hollol. Mae ffiniau’n gadael i chi fod yn gynnes ac yn agos gan aros yn ddiogel."},
                                    {"text": "Gwneud i chi ymddangos fel gweithiwr proffesiynol yn hytrach na chymar", "correct": False, "feedback": "Ddim yn hollol. Rydych chi’n dal yn gymar. Mae ffiniau’n cadw’r rôl yn glir, dyna i gyd."},
                                    {"text": "Eich atal rhag defnyddio eich profiad bywyd", "correct": False, "feedback": "Ddim yn hollol. Mae eich profiad yn ganolog. Mae ffiniau’n eich helpu i’w ddefnyddio’n dda."},
                                    {"text": "Cadw’r berthynas yn ddiogel ac yn glir i bawb", "correct": True, "feedback": "Ie. Mae ffiniau’n amddiffyn y person, chi a’r sefydliad."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Mae’n iawn rhoi eich rhif ffôn eich hun i rywun rydych chi’n ei gefnogi os yw’n cael trafferth.",
                                "options": [
                                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Defnyddiwch ffôn y gwaith. Gall eich rhif eich hun arwain at alwadau ar unrhyw awr a chymylu’r rôl."},
                                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Defnyddiwch y ffôn y mae eich sefydliad yn ei roi i chi, a gwnewch yn siŵr eu bod yn gwybod pwy i’w ffonio y tu allan i oriau."},
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Pa rai o’r rhain sy’n enghreifftiau o wrthdaro rôl? Dewiswch bob un sy’n berthnasol.",
                                "options": [
                                    {"text": "Cwrdd â rhywun rydych chi’n ei gefnogi yn eich cyfarfod cyd-gymorth eich hun", "correct": True, "feedback": "Ie. Siaradwch â’ch goruchwyliwr am sut i’w drin."},
                                    {"text": "Rhywun roeddech chi’n arfer defnyddio gyda nhw yn dechrau dod i’r ganolfan", "correct": True, "feedback": "Ie. Gall eich gorffennol ar y cyd wneud rôl y cymar yn anoddach. Codwch y peth yn gynnar."},
                                    {"text": "Cael cais i gadw cyfrinach “fel un ohonon ni” pan fydd gennych chi bryder am ddiogelwch", "correct": True, "feedback": "Ie. Mae eich dyletswydd i gadw pobl yn ddiogel yn dod gyntaf."},
                                    {"text": "Archebu ystafell ar gyfer grŵp", "correct": False, "feedback": "Na. Tasg bob dydd yw hon heb unrhyw wrthdaro ynddi."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Mae rhywun rydych chi’n ei gefnogi yn cynnig £20 i chi fel diolch. Beth ddylech chi ei wneud?",
                                "options": [
                                    {"text": "Ei wrthod yn garedig; dweud wrth eich goruchwyliwr", "correct": True, "feedback": "Ie. Diolchwch iddyn nhw’n gynnes, ond peidiwch â derbyn arian, a dywedwch wrth eich goruchwyliwr."},
                                    {"text": "Ei dderbyn fel nad ydyn nhw’n cael eu tramgwyddo", "correct": False, "feedback": "Mae derbyn arian yn cymylu’r berthynas. Gallwch chi wrthod a bod yn gynnes o hyd."},
                                    {"text": "Ei dderbyn, yna ei roi i elusen o’u dewis nhw", "correct": False, "feedback": "Arian gan rywun rydych chi’n ei gefnogi yw e o hyd. Gwrthodwch e a dywedwch wrth eich goruchwyliwr."},
                                    {"text": "Ei dderbyn a chadw’n dawel amdano", "correct": False, "feedback": "Peidiwch byth â chadw anrhegion yn gyfrinach. Gwrthodwch, a dywedwch wrth eich goruchwyliwr."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Rydych chi’n meddwl efallai eich bod wedi croesi ffin. Beth sydd orau?",
                                "options": [
                                    {"text": "Gobeithio na fydd neb yn sylwi", "correct": False, "feedback": "Mae problemau fel hyn yn tueddu i dyfu. Siaradwch â’ch goruchwyliwr."},
                                    {"text": "Dweud wrth eich goruchwyliwr cyn gynted ag y gallwch", "correct": True, "feedback": "Ie. Mae’n haws ei ddatrys yn gynnar, a’r nod yw cefnogaeth, nid bai."},
                                    {"text": "Stopio gwirfoddoli heb ddweud wrth neb", "correct": False, "feedback": "Does dim angen. Siaradwch â’ch goruchwyliwr a byddwch chi’n cael help i’w unioni."},
                                    {"text": "Gofyn i’r person gadw’n dawel amdano", "correct": False, "feedback": "Mae hyn yn rhoi pwysau arnyn nhw. Siaradwch â’ch goruchwyliwr yn lle hynny."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Mae perthynas ramantus gyda rhywun rydych chi’n ei gefnogi yn dderbyniol os yw’r ddau ohonoch chi’n cytuno.",
                                "options": [
                                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Dydy hi byth yn dderbyniol, beth bynnag mae’r ddau berson yn ei deimlo."},
                                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Dydy hi byth yn dderbyniol. Os bydd teimladau’n codi, dywedwch wrth eich goruchwyliwr."},
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    ],
}

SUBSTANCE_USE_AWARENESS = {
    "slug": "substance-use-awareness",
    "title": "Ymwybyddiaeth o ddefnyddio sylweddau",
    "category": "required",
    "delivery": "online",
    "summary": "Y prif fathau o alcohol a chyffuriau, eu risgiau, a sut i helpu i gadw pobl yn fwy diogel, gan gynnwys mewn argyfwng.",
    "estimated_minutes": 50,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "alcohol-drugs-and-staying-safer",
            "title": "Alcohol, cyffuriau a chadw’n fwy diogel",
            "summary": "Y pethau sylfaenol am sut mae sylweddau’n effeithio ar bobl, a’r risgiau y dylai pob cefnogwr cymheiriaid wybod amdanyn nhw.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "alcohol-and-drugs-the-basics",
                    "title": "Alcohol a chyffuriau: y pethau sylfaenol",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Pam mae hyn yn bwysig"),
                        ("text", "Rydych chi’n dod â’ch profiad eich hun o alcohol neu gyffuriau. Ond mae profiad pawb yn wahanol, ac efallai bod y bobl rydych chi’n eu cefnogi yn defnyddio sylweddau nad ydych chi’n gwybod llawer amdanyn nhw. Mae’r cwrs hwn yn rhoi darlun eang i chi, fel bod eich sgyrsiau’n gallu bod yn fwy diogel ac yn fwy gwybodus.\n\nDydy e ddim yn eich gwneud chi’n arbenigwr meddygol. Os oes angen cyngor meddygol ar rywun, helpwch nhw i’w gael gan feddyg teulu, fferyllydd, NHS 111 neu eu gwasanaeth triniaeth."),
                        ("heading", "Y prif fathau o sylweddau"),
                        ("text", "Mae sylweddau’n aml yn cael eu grwpio yn ôl eu prif effaith:\n\n- Mae iselyddion yn arafu’r corff. Maen nhw’n cynnwys alcohol, bensodiasepinau fel diazepam, ac opioidau fel heroin, methadon a chyffuriau lladd poen cryf. Mae cymysgu iselyddion yn arbennig o beryglus, achos gyda’i gilydd gallan nhw arafu anadlu nes ei fod yn stopio.\n- Mae symbylyddion yn cyflymu’r corff. Maen nhw’n cynnwys cocên, crac cocên ac amffetamin. Gallan nhw roi straen ar y galon ac arwain at orbryder, paranoia a chwsg gwael.\n- Gall canabis ymlacio pobl, ond gall hefyd achosi gorbryder, ac i rai pobl mae’n gysylltiedig â phroblemau iechyd meddwl.\n- Mae rhithbeiriau, fel LSD a madarch hud, yn newid sut mae pobl yn gweld ac yn teimlo’r byd.\n\nMae llawer o bobl yn defnyddio mwy nag un sylwedd. Mae rhai’n defnyddio meddyginiaethau ar bresgripsiwn neu o’r siop mewn ffyrdd sy’n eu niweidio."),
                        ("heading", "Alcohol ac unedau"),
                        ("text", "Yn y DU, mae alcohol yn cael ei fesur mewn unedau. Canllaw risg isel Prif Swyddogion Meddygol y DU yw peidio ag yfed mwy na 14 uned yr wythnos yn rheolaidd, wedi’u rhannu dros dri diwrnod neu fwy. Mae peint o lager cryfder arferol tua dwy i dair uned, ac mae potel o win tua deg. Mae diodydd cryfach yn rhoi mwy o unedau mewn llai o hylif."),
                        ("heading", "Goddefiad, dibyniaeth a diddyfnu"),
                        ("text", "Gyda defnydd rheolaidd, mae’r corff yn dod i arfer â sylwedd. Goddefiad yw’r enw ar hyn: mae angen mwy ar berson i gael yr un effaith. Mae dibyniaeth yn golygu bod y corff a’r meddwl wedi dod i ddibynnu ar y sylwedd. Pan fydd y person yn cwtogi neu’n stopio, efallai y bydd yn cael symptomau diddyfnu. Mae’r rhain yn amrywio o deimlo’n bryderus ac yn sâl i, gydag alcohol a rhai meddyginiaethau, ffitiau sy’n gallu lladd.\n\nCyflwr iechyd yw dibyniaeth, nid methiant moesol."),
                        ("callout", {"kind": "tip", "title": "Gofynnwch, peidiwch â thybio", "text": "Peidiwch â dyfalu beth mae rhywun yn ei ddefnyddio, na faint. Gofynnwch mewn ffordd chwilfrydig, heb farnu, fel: “Sut mae diwrnod arferol yn edrych i chi?”"}),
                        ("reflection", "Beth oeddech chi’n ei gredu am alcohol neu gyffuriau cyn eich adferiad eich hun, neu cyn i chi ddechrau’r gwaith hwn? Ydy unrhyw beth wedi newid?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "keeping-people-safer",
                    "title": "Cadw pobl yn fwy diogel",
                    "estimated_minutes": 25,
                    "body": [
                        ("heading", "Gall stopio’n sydyn fod yn beryglus"),
                        ("text", "Os yw rhywun yn ddibynnol ar alcohol neu fensodiasepinau, gall stopio’n sydyn fod yn beryglus. Gall diddyfnu achosi crynu, chwysu, dryswch, gweld neu glywed pethau sydd ddim yno, a ffitiau. Dylai pobl gynllunio i gwtogi neu stopio gyda chymorth meddygol, er enghraifft drwy eu meddyg teulu neu wasanaeth cyffuriau ac alcohol. Cynllun diogel, graddol i gwtogi yw’r cam cyntaf yn aml. Mae rhai pobl wedyn yn mynd ymlaen i ddadwenwyno gyda gofal meddygol."),
                        ("heading", "Gorddos"),
                        ("text", "Gall gorddos ddigwydd gydag unrhyw sylwedd. Mae’r risg ar ei huchaf pan:\n\n- mae iselyddion yn cael eu cymysgu, fel alcohol gyda heroin neu gyda bensodiasepinau\n- mae rhywun yn defnyddio eto ar ôl seibiant, fel ar ôl dadwenwyno, carchar neu gyfnod yn yr ysbyty, am fod ei oddefiad wedi gostwng\n- mae rhywun yn defnyddio ar ei ben ei hun\n- does neb yn gwybod pa mor gryf yw’r cyffuriau\n\nMae arwyddion gorddos opioid yn cynnwys bod yn anodd iawn deffro, anadlu araf neu swnllyd neu ddim anadlu, a gwefusau neu flaenau bysedd glas neu lwyd."),
                        ("heading", "Beth i’w wneud mewn argyfwng"),
                        ("text", "- Ffoniwch 999 ar unwaith. Dywedwch ble rydych chi a beth rydych chi’n ei wybod.\n- Os nad yw’r person yn anadlu, neu ddim yn anadlu’n normal, dywedwch wrth y person sy’n ateb yr alwad. Bydd yn eich helpu drwy wasgu ar y frest (CPR) nes bod help yn cyrraedd.\n- Os yw’r person yn anadlu ond ddim yn ymateb, rhowch e ar ei ochr yn yr ystum adfer, fel nad yw’n tagu.\n- Os oes naloxone ar gael, defnyddiwch e. Yn y DU, gall unrhyw un roi naloxone i achub bywyd mewn argyfwng, wedi’i hyfforddi neu beidio. Mae cyfarwyddiadau yn y pecyn, a gall y person sy’n ateb yr alwad helpu. Mae naloxone yn gwisgo i ffwrdd yn gynt na llawer o opioidau, felly mae angen ambiwlans ar y person o hyd.\n- Arhoswch gyda’r person nes bod help yn cyrraedd.\n- Dywedwch wrth eich goruchwyliwr wedyn, a chymerwch amser i siarad am y peth. Gall fod yn ofidus iawn."),
                        ("heading", "Lleihau niwed"),
                        ("text", "Mae lleihau niwed yn golygu helpu pobl i fod yn fwy diogel nawr, beth bynnag yw eu nodau. Mae’n cynnwys bwyta, yfed dŵr a chysgu; peidio â defnyddio ar eich pen eich hun; peidio â rhannu offer; cael prawf am firysau a gludir yn y gwaed (heintiau fel hepatitis C a HIV sy’n pasio drwy’r gwaed); a chario naloxone. Mae gwasanaethau cyffuriau, a rhai fferyllfeydd, yn rhoi pecynnau naloxone am ddim. Mae pobl sy’n yfed yn drwm yn aml yn brin o thiamin (fitamin B1), felly anogwch nhw i ofyn i’w meddyg teulu amdano.\n\nNid rhoi’r gorau i adferiad yw lleihau niwed. Mae’n cadw pobl yn fyw ac yn ddigon iach i wneud newidiadau pan fyddan nhw’n barod."),
                        ("heading", "Llwybrau i driniaeth"),
                        ("text", "Mae help yn cynnwys meddygon teulu, gwasanaethau cyffuriau ac alcohol lleol, presgripsiynau (sy’n aml yn cael eu galw’n “sgript”, fel methadon neu fwprenorffin), dadwenwyno, adsefydlu preswyl, a grwpiau cyd-gymorth. Mae’r rhan fwyaf o wasanaethau nawr yn gweithio gyda phobl sydd eisiau cwtogi, nid dim ond gyda’r rhai sydd eisiau stopio."),
                        ("callout", {"kind": "worried", "title": "Poeni am iechyd rhywun ar hyn o bryd?", "text": "Gorddos, ffit neu ddryswch mawr: ffoniwch 999.\nBrys ond ddim yn bygwth bywyd: NHS 111.\nDywedwch wrth eich goruchwyliwr yr un diwrnod."}),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "multiple",
                                "text": "Pa rai o’r rhain sy’n iselyddion? Dewiswch bob un sy’n berthnasol.",
                                "options": [
                                    {"text": "Alcohol", "correct": True, "feedback": "Ie. Mae alcohol yn arafu’r corff."},
                                    {"text": "Heroin", "correct": True, "feedback": "Ie. Opioid yw heroin, ac mae opioidau’n iselyddion."},
                                    {"text": "Diazepam", "correct": True, "feedback": "Ie. Bensodiasepin yw diazepam, sy’n iselydd."},
                                    {"text": "Cocên", "correct": False, "feedback": "Na. Symbylydd yw cocên. Mae’n cyflymu’r corff."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Dylai rhywun sy’n ddibynnol ar alcohol stopio’n sydyn, cyn gynted â phosibl.",
                                "options": [
                                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Gall stopio’n sydyn achosi diddyfnu peryglus. Mae angen cymorth meddygol arnyn nhw i’w gynllunio."},
                                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Dylid cynllunio cwtogi neu stopio gyda chymorth meddygol."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Pam mae’r risg o orddos yn uwch ar ôl cyfnod yn y carchar neu ar ôl dadwenwyno?",
                                "options": [
                                    {"text": "Am fod cyffuriau’n gryfach yn y carchar", "correct": False, "feedback": "Ddim yn hollol. Mae’r risg yn dod o gorff y person, nid o’r lle."},
                                    {"text": "Am fod y corff yn fwy ffit ac yn gweithio’n gyflymach", "correct": False, "feedback": "Ddim yn hollol. Mae’r corff wedi colli ei oddefiad, felly mae’r un faint yn cael mwy o effaith."},
                                    {"text": "Mae delwyr yn gwerthu cyffuriau cryfach i bobl sydd newydd ddod allan", "correct": False, "feedback": "Ddim yn hollol. Mae’r cryfder yn amrywio ar unrhyw adeg. Y risg ychwanegol yw bod goddefiad yn gostwng yn ystod seibiant."},
                                    {"text": "Mae eu goddefiad wedi gostwng", "correct": True, "feedback": "Ie. Dyma un o’r adegau mwyaf peryglus, felly siaradwch amdano’n agored."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Mae rhywun yn anadlu ond fydd e ddim yn deffro. Rydych chi wedi ffonio 999. Beth ydych chi’n ei wneud nesaf?",
                                "options": [
                                    {"text": "Ei adael i gysgu’r peth i ffwrdd", "correct": False, "feedback": "Gallai stopio anadlu neu dagu. Arhoswch gydag e."},
                                    {"text": "Rhoi coffi cryf iddo", "correct": False, "feedback": "Peidiwch byth â rhoi bwyd na diod i rywun sydd ddim yn gwbl effro. Gallai dagu."},
                                    {"text": "Yr ystum adfer, ac aros gydag e", "correct": True, "feedback": "Ie. Mae hyn yn cadw ei lwybr anadlu’n glir nes bod help yn cyrraedd."},
                                    {"text": "Ei roi mewn cawod oer i’w ddeffro", "correct": False, "feedback": "Dydy hyn ddim yn helpu a gallai ei frifo. Defnyddiwch yr ystum adfer ac arhoswch am help."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Mae lleihau niwed yn golygu rhoi’r gorau i adferiad rhywun.",
                                "options": [
                                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae lleihau niwed yn cadw pobl yn fyw ac yn ddigon iach i newid pan fyddan nhw’n barod."},
                                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Mae’n cwrdd â phobl lle maen nhw, ac yn cadw’r drws i adferiad ar agor."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Beth yw canllaw yfed risg isel y DU?",
                                "options": [
                                    {"text": "14 uned yr wythnos, wedi’u rhannu dros dri diwrnod neu fwy", "correct": True, "feedback": "Ie. Dyna ganllaw Prif Swyddogion Meddygol y DU."},
                                    {"text": "Dim mwy na 14 uned y dydd", "correct": False, "feedback": "Ddim yn hollol. Y canllaw yw 14 uned yr wythnos, nid y dydd."},
                                    {"text": "Dim mwy na 30 uned yr wythnos, gyda dau ddiwrnod i ffwrdd", "correct": False, "feedback": "Ddim yn hollol. Y canllaw yw 14 uned yr wythnos, wedi’u rhannu dros sawl diwrnod."},
                                    {"text": "Dim rhif penodol: mae’n dibynnu ar eich pwysau a’ch oed", "correct": False, "feedback": "Ddim yn hollol. Mae’r canllaw yr un fath i bawb: dim mwy na 14 uned yr wythnos, wedi’u rhannu dros dri diwrnod neu fwy."},
                                ],
                            },
                        ],
                    },
                },
                ALCOHOL_EMERGENCIES,
            ],
        },
    ],
}

REQUIRED_COURSES = [SAFEGUARDING, PROFESSIONAL_BOUNDARIES, SUBSTANCE_USE_AWARENESS]
