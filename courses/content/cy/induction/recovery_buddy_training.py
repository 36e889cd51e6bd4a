# ruff: noqa: E501
"""Modiwl sefydlu: hyfforddiant Cyfaill Adferiad (Welsh). Plain data only."""

RECOVERY_BUDDY_TRAINING = {
    "slug": "recovery-buddy-training",
    "title": "Hyfforddiant Cyfaill Adferiad",
    "summary": "Sut i gefnogi un person drwy gamau cynnar newid, cadw pethau’n ddiogel, a gwybod pryd i gamu’n ôl.",
    "classroom_day": 4,
    "lessons": [
        {
            "slug": "being-a-recovery-buddy",
            "title": "Bod yn Gyfaill Adferiad",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Beth mae Cyfaill Adferiad yn ei wneud"),
                ("text", "Cymar wedi’i hyfforddi yw Cyfaill Adferiad, sy’n cerdded wrth ochr un person am gyfnod. Fel arfer, rhywun sy’n newydd i adferiad yw hwn, neu rywun sy’n meddwl am newid. Efallai y byddwch chi’n siarad ar y ffôn, yn cwrdd am goffi, yn mynd gyda’r person i apwyntiad, neu’n ei gyflwyno i grŵp. Cymorth un-i-un yw hwn, wedi’i adeiladu ar ymddiriedaeth a phrofiad sy’n cael ei rannu.\n\nMae llawer o bobl yn ei chael hi’n haws cael cymorth un-i-un na cherdded i mewn i grŵp ar eu diwrnod cyntaf. Gall cyfaill fod yn bont."),
                ("heading", "Cam 1: meithrin y berthynas"),
                ("text", "Ar y dechrau, y nod yn syml yw cysylltu. Cadwch bethau’n ysgafn, heb bwysau. Gofynnwch a yw nawr yn amser da i siarad. Dewch i adnabod y person a beth sy’n bwysig iddo. Dros y cysylltiadau nesaf, holwch yn dyner am ei flaenoriaethau a beth sy’n mynd yn y ffordd. Rydych chi’n gweithio tuag at ei nodau fe neu hi, nid tuag at un o’n targedau ni. Cyn gorffen, cytunwch pryd byddwch chi mewn cysylltiad nesaf, ac anfonwch neges i atgoffa."),
                ("heading", "Cam 2: diogelwch ac anghenion sylfaenol"),
                ("text", "Mae angen i bobl fod mor ddiogel ac mor iach ag y gallan nhw fod cyn bod newidiadau mwy yn bosibl. Mae lleihau niwed yn golygu lleihau’r niwed y mae alcohol neu gyffuriau’n ei achosi, hyd yn oed os nad yw’r person yn barod i stopio. Gallwch chi siarad am:\n\n- iechyd: ydyn nhw wedi cofrestru gyda meddyg teulu? Unrhyw bryderon iechyd?\n- bwyd a diod: ydyn nhw’n bwyta? Ydyn nhw’n yfed digon o ddŵr?\n- cwsg: oes ganddyn nhw unrhyw fath o drefn?\n- ble maen nhw’n aros: ydy e’n ddiogel?\n- sefyllfaoedd peryglus: lleoedd neu bobl sy’n arwain at drafferth\n- profion am firysau a gludir yn y gwaed, os ydyn nhw erioed wedi chwistrellu neu rannu offer\n\nGall help ymarferol fod yn bwysig iawn yma, fel atgyfeiriad i fanc bwyd neu help gyda ffurflen dai."),
                ("heading", "Cam 3: cysylltu â chymorth arall"),
                ("text", "Pan fydd y person yn barod, gallwch chi ei helpu i gysylltu â chymorth arall: meddyg teulu, gwasanaeth cyffuriau ac alcohol, gwasanaethau iechyd meddwl, neu grwpiau cyd-gymorth. Siaradwch am ei obeithion a’i ofnau. Cynigiwch fynd gydag e neu hi. Gofynnwch am ganiatâd bob amser cyn i chi siarad ag unrhyw un o’i weithwyr eraill. Gwnewch yn glir y byddwch chi o gwmpas o hyd ar ôl iddo ddechrau gyda gwasanaeth newydd, fel nad yw’n teimlo ei fod wedi cael ei basio ymlaen."),
                ("callout", {"kind": "tip", "title": "Adolygwch wrth fynd", "text": "Siaradwch am bob person rydych chi’n gyfaill iddo yn eich sgwrs 1:1. Gofynnwch gyda’ch gilydd: ydy’r cysylltiad hwn yn dal i helpu, ac oes pwrpas iddo? Mae eich goruchwyliwr yno i’ch helpu i feddwl am y peth."}),
                ("reflection", "Pan oeddech chi’n newydd i adferiad, neu i unrhyw newid mawr, pa fath o gymorth oedd ei angen arnoch chi gyntaf? Sut gallai hynny siapio’r ffordd rydych chi’n bod yn gyfaill i rywun?"),
            ],
            "quiz": None,
        },
        {
            "slug": "staying-safe-and-knowing-when-to-stop",
            "title": "Cadw’n ddiogel a gwybod pryd i stopio",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Allwch chi ddim gwneud y cyfan"),
                ("text", "Mae cyfeillion yn poeni llawer, ac mae hynny’n gryfder. Ond gall arwain at orweithio. Allwch chi ddim gwneud yr holl waith dros rywun, a ddylech chi ddim ceisio. Gall gwneud pethau i bobl y gallen nhw eu gwneud eu hunain eu hatal rhag magu eu hyder eu hunain. Bydd eich goruchwyliwr yn cadw llygad ar faint o bobl rydych chi’n eu cefnogi, felly byddwch yn onest am ba mor llawn yw eich wythnos go iawn."),
                ("heading", "Cadwch gysylltiad yn ddiogel"),
                ("text", "Dilynwch drefniadau eich sefydliad ar gyfer pob cysylltiad:\n\n- Defnyddiwch ffôn y gwaith, nid eich rhif eich hun.\n- Cwrddwch â phobl mewn mannau cyhoeddus neu fannau sydd wedi’u cytuno. Peidiwch â chwrdd yn eich cartref chi, nac yn eu cartref nhw, oni bai bod hyn wedi’i gytuno a bod y risgiau wedi’u gwirio.\n- Rhowch wybod i rywun ble rydych chi’n mynd a phryd byddwch chi’n ôl.\n- Cadwch nodiadau ar y systemau sy’n cael eu rhoi i chi."),
                ("heading", "Gwybod pryd i stopio"),
                ("text", "Ddylai cymorth cymheiriaid ddim gwneud pobl yn ddibynnol arnoch chi. Ar ryw adeg, bydd y cysylltiad yn dod i ben. Weithiau mae hynny’n glir. Mae pethau’n mynd yn dda a does dim angen chi ar y person mwyach, neu mae’r person yn gofyn i chi stopio. Parchwch “na” ar unwaith.\n\nYr achosion anoddaf yw’r rhai yn y canol, pan fydd rhywun yn ansicr ac yn anaml yn ateb. Ddylai cysylltiad byth deimlo fel pwysau nac aflonyddu. Os nad oes ateb i alwadau am amser hir, neu os yw’r un sgwrs yn ailadrodd heb bwrpas, siaradwch â’ch goruchwyliwr am gamu’n ôl. Gall deimlo fel methu. Nid methu yw e. Mae’n rhan normal o’r gwaith."),
                ("heading", "Mae’r drws yn aros ar agor"),
                ("text", "Pan fyddwch chi’n camu’n ôl, rhowch wybod i’r person ei fod yn gallu cysylltu eto unrhyw bryd. Mae bywydau pobl yn newid. Efallai bod rhywun nad oedd yn barod y llynedd yn barod nawr. Does neb byth yn cael ei ddiystyru."),
                ("callout", {"kind": "worried", "title": "Os yw rhywun wedi stopio yfed ac yn teimlo’n sâl", "text": "Ffit, dryswch neu weld pethau: ffoniwch 999.\nCrynu a chwysu yn unig: meddyg teulu, NHS 111 neu eu gwasanaeth alcohol heddiw.\nDywedwch wrth eich goruchwyliwr yr un diwrnod."}),
                ("reflection", "Sut rydych chi’n teimlo fel arfer pan fydd rhaid i chi ollwng gafael ar rywbeth sy’n bwysig i chi? Sut gallech chi ofalu amdanoch eich hun pan fydd perthynas cyfaill yn dod i ben?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "Beth yw’r prif nod ar ddechrau perthynas cyfaill?",
                        "options": [
                            {"text": "Eu cael nhw i stopio yfed neu ddefnyddio ar unwaith", "correct": False, "feedback": "Ddim yn hollol. Gall gwthio’n rhy gynnar ddod â’r berthynas i ben. Eu nodau nhw sy’n dod gyntaf."},
                            {"text": "Meithrin ymddiriedaeth a darganfod beth sy’n bwysig i’r person", "correct": True, "feedback": "Ie. Cysylltu sy’n dod gyntaf. Mae popeth arall yn adeiladu ar hynny."},
                            {"text": "Llenwi cymaint o ffurflenni â phosibl", "correct": False, "feedback": "Ddim yn hollol. Mae help ymarferol yn bwysig, ond ymddiriedaeth sy’n dod gyntaf."},
                            {"text": "Dweud eich stori gyfan wrthyn nhw, er mwyn iddyn nhw ymddiried ynoch chi’n gyflym", "correct": False, "feedback": "Ddim yn hollol. Rhannwch dim ond beth sy’n eu helpu, a chadwch y ffocws arnyn nhw."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Pa rai o’r rhain sy’n rhan o leihau niwed a diwallu anghenion sylfaenol? Dewiswch bob un sy’n berthnasol.",
                        "options": [
                            {"text": "Holi a ydyn nhw’n bwyta", "correct": True, "feedback": "Ie. Mae bwyd yn bwysig iawn, yn enwedig i bobl sy’n yfed yn drwm."},
                            {"text": "Gofyn a yw’r lle maen nhw’n aros yn ddiogel", "correct": True, "feedback": "Ie. Diogelwch sy’n dod gyntaf."},
                            {"text": "Eu hannog i gofrestru gyda meddyg teulu", "correct": True, "feedback": "Ie. Mae meddyg teulu yn llwybr at ofal iechyd a gwasanaethau eraill."},
                            {"text": "Gwrthod helpu nes eu bod wedi stopio’n llwyr", "correct": False, "feedback": "Na. Mae lleihau niwed yn golygu helpu pobl i fod yn fwy diogel nawr, beth bynnag yw eu nodau."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Dylech chi ofyn am ganiatâd y person cyn i chi siarad â’i weithwyr cymorth eraill.",
                        "options": [
                            {"text": "Cywir", "correct": True, "feedback": "Iawn. Ei wybodaeth e neu hi yw hi. Yr eithriad yw pryder am ddiogelwch: mae hwnnw’n mynd at eich goruchwyliwr neu’r arweinydd diogelu, sy’n penderfynu a ddylid ei rannu ymhellach."},
                            {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Gofynnwch yn gyntaf. Mae pryder am ddiogelwch yn wahanol: dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Mae rhywun rydych chi’n gyfaill iddo yn anfon neges: “Plîs stopiwch gysylltu â fi.” Beth ydych chi’n ei wneud?",
                        "options": [
                            {"text": "Dal i ffonio bob hyn a hyn, rhag ofn iddyn nhw newid eu meddwl", "correct": False, "feedback": "Ddylai cysylltiad byth deimlo fel aflonyddu. Parchwch y “na”."},
                            {"text": "Gofyn i’w ffrindiau eu perswadio", "correct": False, "feedback": "Byddai hyn yn torri eu hymddiriedaeth a’u cyfrinachedd."},
                            {"text": "Anfon un neges hir olaf yn gofyn iddyn nhw feddwl eto", "correct": False, "feedback": "Mae hyn yn rhoi pwysau arnyn nhw. Parchwch y “na”, a rhowch wybod iddyn nhw bod y drws yn aros ar agor."},
                            {"text": "Ei barchu, dweud bod y drws yn aros ar agor, a dweud wrth eich goruchwyliwr", "correct": True, "feedback": "Ie. Parchwch eu dewis, a gadewch y ffordd yn ôl ar agor."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Mae rhywun yn dweud iddo stopio yfed yn sydyn ddoe a’i fod nawr yn crynu ac yn gweld pethau. Beth ddylech chi ei wneud?",
                        "options": [
                            {"text": "Dweud wrtho am ddal ati drwyddo", "correct": False, "feedback": "Gallai hyn fod yn beryglus. Mae angen help meddygol arno nawr."},
                            {"text": "Aros tan eich galwad nesaf sydd wedi’i threfnu", "correct": False, "feedback": "All hyn ddim aros. Gall y rhain fod yn arwyddion o ddiddyfnu difrifol."},
                            {"text": "Ffonio 999 iddo nawr, yna dweud wrth eich goruchwyliwr", "correct": True, "feedback": "Ie. Gall gweld pethau ar ôl stopio olygu diddyfnu peryglus. Mae’n argyfwng."},
                            {"text": "Awgrymu ei fod yn cael diod fach i setlo, yna mynd i’r gwely", "correct": False, "feedback": "Nid eich rôl chi yw rhoi cyngor meddygol, ac mae hyn yn argyfwng. Ffoniwch 999 neu ewch ag e i’r Adran Achosion Brys."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Os ydych chi’n camu’n ôl oddi wrth rywun sydd ddim yn ymateb, mae’n golygu eich bod chi wedi methu.",
                        "options": [
                            {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae gwybod pryd i gamu’n ôl yn rhan o’r gwaith, ac mae’r drws yn aros ar agor."},
                            {"text": "Anghywir", "correct": True, "feedback": "Iawn. Fydd cymorth cymheiriaid ddim yn gweithio i bawb bob amser. Mae camu’n ôl yn normal, a gall pobl ddod yn ôl."},
                        ],
                    },
                ],
            },
        },
    ],
}
