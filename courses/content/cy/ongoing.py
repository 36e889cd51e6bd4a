# ruff: noqa: E501
"""Y rhaglen barhaus (DPP), yn Gymraeg (Welsh). Each course has one outline lesson: what it
covers, who it is for and how it runs. The teaching itself happens in the session.
"""

TELEPHONE_RECOVERY_SUPPORT = {
    "slug": "telephone-recovery-support",
    "title": "Cymorth adferiad dros y ffôn",
    "category": "ongoing",
    "delivery": "blended",
    "summary": "Sut i roi cymorth cymheiriaid cynnes, diogel a phwrpasol dros y ffôn a thrwy negeseuon testun.",
    "estimated_minutes": 180,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "professional-boundaries", "phone-and-text-support"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs cymorth adferiad dros y ffôn yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am gymorth adferiad dros y ffôn",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae llawer o gymorth cymheiriaid nawr yn digwydd dros y ffôn, yn enwedig gyda chyfranogwyr Camau Cyntaf sydd ddim yn barod i gerdded i mewn i ganolfan. Mae’r cwrs hwn yn cynnwys:\n\n- gwneud y cysylltiad cyntaf gyda neges destun, yna galwad ar yr amser a ddywedoch chi\n- meithrin ymddiriedaeth pan nad yw’r person yn gallu eich gweld\n- sut i agor, llywio a gorffen galwad, o bum munud i lawer hirach\n- beth i’w wneud pan nad oes ateb i alwadau, a phryd i gamu’n ôl\n- cadw nodiadau byr ac egluro i bobl sut mae eu gwybodaeth yn cael ei chadw’n ddiogel\n- delio â galwad pan fydd rhywun mewn argyfwng"),
                        ("heading", "I bwy mae e"),
                        ("text", "Cefnogwyr cymheiriaid sy’n gwneud neu’n ateb galwadau adferiad ac sydd eisiau mynd ymhellach na’r pethau hanfodol. Mae pawb ar leoliad ffôn, a phawb sy’n cadw llwyth achosion Camau Cyntaf, yn cwblhau “Cymorth dros y ffôn a thrwy negeseuon testun: y pethau hanfodol” yn gyntaf."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Rhan fer ar-lein, yna sesiwn ymarfer hanner diwrnod gyda galwadau chwarae rôl. Yna byddwch chi’n gwrando ar ychydig o alwadau go iawn gyda chydweithiwr profiadol cyn gwneud rhai eich hun."),
                        ("callout", {"kind": "tip", "title": "Eich llais sy’n gwneud y gwaith", "text": "Ar y ffôn, mae cynhesrwydd yn dod drwy eich llais. Mae gwenu wrth siarad wir yn newid sut rydych chi’n swnio."}),
                        ("reflection", "Sut rydych chi’n teimlo am siarad â dieithryn ar y ffôn? Beth fyddai’n eich helpu i deimlo’n fwy hyderus ar eich galwadau cyntaf?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

MEANINGFUL_ENGAGEMENT = {
    "slug": "meaningful-engagement",
    "title": "Ymgysylltu ystyrlon",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "Sut i feithrin a chadw cysylltiad â phobl sy’n ansicr am newid, a’u helpu i ddod o hyd i bethau sy’n rhoi ystyr i fywyd.",
    "estimated_minutes": 180,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs ymgysylltu ystyrlon yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am ymgysylltu ystyrlon",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae rhai pobl yn cymryd amser hir i ymddiried mewn cymorth, yn aml oherwydd profiadau gyda gwasanaethau yn y gorffennol. Mae’r cwrs hwn yn edrych ar ymgysylltu sy’n gyson, yn amyneddgar ac yn bwrpasol. Mae’n cynnwys:\n\n- cadw mewn cysylltiad mewn ffordd gyson a dyfal, heb bwysau\n- gwirio a yw’r cysylltiad yn dal i helpu ac a oes pwrpas iddo\n- helpu pobl i ddod o hyd i weithgareddau sy’n rhoi ystyr i’w dyddiau, fel dysgu, gwirfoddoli, diddordebau neu amser gyda phobl eraill\n- sylwi ar gamau bach a’u dathlu\n- pam nad yw peidio â siarad am alcohol neu gyffuriau ar unwaith yn fethiant\n- cadw’r drws ar agor pan fydd rhywun yn crwydro i ffwrdd"),
                        ("heading", "I bwy mae e"),
                        ("text", "Cefnogwyr cymheiriaid a goruchwylwyr, yn enwedig y rhai sy’n gweithio gyda chyfranogwyr Camau Cyntaf a phobl sydd wedi cael profiadau gwael o wasanaethau."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Sesiwn hanner diwrnod yn yr ystafell ddosbarth gyda thrafodaeth grŵp ac enghreifftiau go iawn gan gefnogwyr cymheiriaid. Byddwch chi’n dod ag enghraifft ddienw o’ch gwaith eich hun i siarad amdani."),
                        ("callout", {"kind": "tip", "title": "Mae cadw mewn cysylltiad yn werth chweil", "text": "Gall cadw rhywun i ymgysylltu leihau niwed ynddo’i hun, hyd yn oed cyn iddo newid ei ddefnydd. Mae pob galwad gyfeillgar yn cadw drws ar agor."}),
                        ("reflection", "Pa weithgareddau neu bobl roddodd ystyr i’ch dyddiau wrth i’ch bywyd newid? Sut gallech chi helpu rhywun arall i ddod o hyd i’w rhai nhw?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

RECOVERY_COACHING = {
    "slug": "recovery-coaching",
    "title": "Hyfforddi adferiad",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "Ffordd o hyfforddi sy’n helpu pobl i osod eu nodau eu hunain, adeiladu ar eu cryfderau a chynllunio’r camau nesaf yn eu hadferiad.",
    "estimated_minutes": 360,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs hyfforddi adferiad yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am hyfforddi adferiad",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae hyfforddi adferiad yn helpu pobl i symud ymlaen drwy dynnu eu hatebion eu hunain allan, yn lle rhoi cyngor. Mae’r cwrs yn cynnwys:\n\n- y gwahaniaeth rhwng hyfforddi, mentora a chynghori\n- sylwi ar y cryfderau, y bobl a’r adnoddau sy’n cefnogi adferiad rhywun\n- helpu pobl i osod nodau sy’n bwysig iddyn nhw, a’u rhannu’n gamau bach\n- adolygu cynnydd yn garedig, gan gynnwys ar ôl camau yn ôl\n- aros o fewn eich rôl a gwybod pryd i atgyfeirio ymlaen"),
                        ("heading", "I bwy mae e"),
                        ("text", "Cefnogwyr cymheiriaid sydd wedi bod yn eu rôl am dipyn ac sydd eisiau dyfnhau eu sgiliau un-i-un. Efallai y bydd goruchwylwyr hefyd yn ei gael yn ddefnyddiol ar gyfer eu sgyrsiau 1:1 eu hunain."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Cwrs undydd yn yr ystafell ddosbarth gyda digon o ymarfer mewn parau. Rydych chi’n cael eich annog i ddefnyddio’r sgiliau yn eich gwaith 1:1 a siarad am sut aeth pethau gyda’ch goruchwyliwr."),
                        ("callout", {"kind": "tip", "title": "Mae hyfforddwr yn gofyn mwy nag y mae’n ei ddweud", "text": "Mae pobl yn fwy tebygol o gadw at gynlluniau maen nhw wedi’u gwneud eu hunain. Mae eich cwestiynau’n eu helpu i ddod o hyd i’w ffordd eu hunain ymlaen."}),
                        ("reflection", "Meddyliwch am nod y gwnaethoch chi ei gyrraedd yn eich adferiad eich hun. Beth wnaeth eich helpu i gyrraedd yno, a phwy wnaeth eich helpu heb gymryd drosodd?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

TRAUMA_INFORMED_PRACTICE = {
    "slug": "trauma-informed-practice",
    "title": "Ymarfer wedi’i lywio gan drawma ac ymarfer trawma uwch",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "Deall sut mae trawma’n effeithio ar bobl, a gweithio mewn ffyrdd sy’n helpu pobl i deimlo’n ddiogel yn lle eu niweidio eto.",
    "estimated_minutes": 360,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "safeguarding"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs ymarfer wedi’i lywio gan drawma ac ymarfer trawma uwch yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am ymarfer wedi’i lywio gan drawma ac ymarfer trawma uwch",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae llawer o bobl sy’n defnyddio alcohol neu gyffuriau wedi byw drwy drawma, fel camdriniaeth, trais, colled neu esgeulustod, yn aml gan ddechrau yn eu plentyndod. Gall sylweddau fod yn ffordd o ymdopi. Mae’r cwrs hwn yn cynnwys:\n\n- beth yw trawma a sut gall effeithio ar y corff, teimladau ac ymddygiad\n- pam mae’r cwestiwn yn newid o “Beth sy’n bod arnoch chi?” i “Beth ddigwyddodd i chi?”\n- y syniadau craidd: diogelwch, ymddiriedaeth, dewis, gweithio gyda’n gilydd a grymuso\n- osgoi pethau a allai sbarduno pobl eto, fel syrpréis, gweiddi neu golli rheolaeth\n- y lefel trawma uwch: sgiliau dyfnach i’r rhai sy’n gweithio’n agos ac yn aml gyda phobl sydd wedi cael eu heffeithio gan drawma difrifol\n- gofalu amdanoch eich hun pan fyddwch chi’n clywed straeon anodd"),
                        ("heading", "I bwy mae e"),
                        ("text", "Mae’r rhan wedi’i llywio gan drawma ar gyfer pob cefnogwr cymheiriaid. Mae’r rhan trawma uwch ar gyfer cefnogwyr cymheiriaid a goruchwylwyr profiadol sy’n cefnogi pobl â thrawma cymhleth."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Sesiynau yn yr ystafell ddosbarth, fel arfer yn cael eu rhedeg gyda sefydliad partner. Mae’r sesiwn wedi’i llywio gan drawma yn cymryd un diwrnod. Mae’r sesiwn trawma uwch yn gwrs pellach y gall eich goruchwyliwr ei drefnu."),
                        ("reflection", "Sut gallai eich profiadau eich hun eich helpu i ddeall trawma mewn pobl eraill? Beth allai fod ei angen arnoch chi i ofalu amdanoch eich hun ar y cwrs hwn?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

MOTIVATIONAL_INTERVIEWING = {
    "slug": "motivational-interviewing",
    "title": "Cyfweld ysgogiadol",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "Ffordd barchus o siarad â phobl am newid sy’n tynnu allan eu rhesymau a’u hyder eu hunain i newid.",
    "estimated_minutes": 720,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs cyfweld ysgogiadol yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am gyfweld ysgogiadol",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae cyfweld ysgogiadol yn ffordd o gael sgyrsiau am newid sydd wedi cael llawer o ymchwil. Mae’n dechrau o’r syniad bod pobl sy’n ymddangos fel eu bod “yn gwadu” yn aml mewn dau feddwl: mae rhan ohonyn nhw eisiau newid a rhan ohonyn nhw ddim. Mae’r cwrs yn cynnwys:\n\n- deall teimladau cymysg am newid\n- sgiliau OARS yn fanylach: cwestiynau agored, cadarnhau, adlewyrchu a chrynhoi\n- clywed a thynnu allan “siarad newid”, pan fydd pobl yn dweud eu rhesymau eu hunain dros newid\n- ymateb i wrthwynebiad heb ddadlau\n- yr ysbryd o weithio ochr yn ochr â phobl, gan barchu eu dewisiadau"),
                        ("heading", "I bwy mae e"),
                        ("text", "Cefnogwyr cymheiriaid sydd wedi gorffen y cwrs cynefino, a goruchwylwyr. Mae’n adeiladu ar y modiwl sgiliau cyfathrebu."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Dau ddiwrnod yn yr ystafell ddosbarth gyda llawer o ymarfer mewn grwpiau bach. Rhwng y diwrnodau, rydych chi’n rhoi cynnig ar y sgiliau yn eich sgyrsiau eich hun ac yn dod yn ôl i sôn beth ddigwyddodd. Gall eich goruchwyliwr eich helpu i ddal ati i ymarfer wedyn."),
                        ("callout", {"kind": "tip", "title": "Nid tric yw e", "text": "Dydy cyfweld ysgogiadol ddim yn ffordd o berswadio pobl i wneud pethau. Mae’n helpu pobl i glywed eu rhesymau eu hunain dros newid."}),
                        ("reflection", "Meddyliwch am newid a wnaethoch chi yn eich bywyd. Beth ddywedodd pobl a wnaeth i chi fod yn fwy tebygol o newid, a beth wnaeth i chi blannu eich traed?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

MENTAL_HEALTH_FIRST_AID = {
    "slug": "mental-health-first-aid",
    "title": "Cymorth cyntaf iechyd meddwl",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "Sut i sylwi ar arwyddion problem iechyd meddwl, cynnig help cyntaf, ac arwain rhywun at y cymorth iawn.",
    "estimated_minutes": 720,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs cymorth cyntaf iechyd meddwl yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am gymorth cyntaf iechyd meddwl",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae defnyddio alcohol a chyffuriau a phroblemau iechyd meddwl yn aml yn mynd gyda’i gilydd. Mae’r cwrs hwn yn eich helpu i:\n\n- adnabod arwyddion cyffredin gorbryder, iselder, seicosis a chyflyrau eraill\n- deall sut gall defnyddio alcohol a chyffuriau guddio neu waethygu problemau iechyd meddwl\n- dechrau sgwrs gefnogol gyda rhywun sy’n cael trafferth\n- gwrando heb farnu a chynnig cysur\n- gwybod pryd mae angen help brys ar rywun, a sut i’w gael\n- arwain pobl at gymorth fel eu meddyg teulu, NHS 111, timau argyfwng a gwasanaethau cymunedol\n- gofalu am eich iechyd meddwl eich hun"),
                        ("heading", "I bwy mae e"),
                        ("text", "Pob cefnogwr cymheiriaid a goruchwyliwr. Mae’n arbennig o ddefnyddiol i bobl sy’n cefnogi cyfranogwyr Camau Cyntaf neu’n gweithio mewn ysbytai."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Cwrs yn yr ystafell ddosbarth sy’n cael ei redeg gan hyfforddwr cymwys, fel arfer drwy sefydliad partner, dros ddau ddiwrnod."),
                        ("callout", {"kind": "tip", "title": "Tystysgrifau", "text": "Mae rhai sesiynau’n cael eu rhedeg gan sefydliadau partner. Os yw partner yn rhoi tystysgrif i chi, dangoswch hi i’ch goruchwyliwr er mwyn ei hychwanegu at eich cofnod."}),
                        ("reflection", "Beth sy’n eich helpu pan fydd eich iechyd meddwl eich hun yn isel? Sut gallech chi ddefnyddio’r ddealltwriaeth honno i gefnogi rhywun arall?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

SUICIDE_AWARENESS = {
    "slug": "suicide-awareness",
    "title": "Ymwybyddiaeth o hunanladdiad",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "Sut i sylwi pan allai rhywun fod yn meddwl am hunanladdiad, gofyn iddo’n uniongyrchol, a’i helpu i gadw’n ddiogel.",
    "estimated_minutes": 240,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "safeguarding"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs ymwybyddiaeth o hunanladdiad yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am ymwybyddiaeth o hunanladdiad",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae pobl sy’n defnyddio alcohol neu gyffuriau mewn mwy o berygl o hunanladdiad, a chefnogwyr cymheiriaid yn aml yw’r bobl maen nhw’n siarad â nhw. Mae’r cwrs hwn yn cynnwys:\n\n- mythau cyffredin am hunanladdiad, a’r ffeithiau\n- arwyddion rhybudd, gan gynnwys pethau mae pobl yn eu dweud a’u gwneud\n- pam mae gofyn yn uniongyrchol am hunanladdiad yn ddiogel, a sut i ofyn\n- gwrando, aros gyda’r person, a’i helpu i wneud cynllun i gadw’n ddiogel\n- pwy i’w ffonio: 999 os yw rhywun mewn perygl ar unwaith, NHS 111 opsiwn 2 am help iechyd meddwl brys, timau argyfwng lleol, a Samaritans ar 116 123\n- beth i’w wneud wedyn, a gofalu amdanoch eich hun"),
                        ("heading", "I bwy mae e"),
                        ("text", "Pob cefnogwr cymheiriaid a goruchwyliwr."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Sesiwn yn yr ystafell ddosbarth, yn aml yn cael ei rhedeg gyda sefydliad partner. Gall y pwnc fod yn anodd, felly mae amser i siarad, a gallwch chi gamu allan ar unrhyw adeg."),
                        ("callout", {"kind": "worried", "title": "Os ydych chi’n poeni am rywun nawr", "text": "Does dim rhaid aros am y cwrs hwn. Os yw rhywun mewn perygl ar unwaith, ffoniwch 999. Fel arall, dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu yr un diwrnod. Mae Samaritans am ddim ar 116 123, ddydd a nos."}),
                        ("reflection", "Sut rydych chi’n teimlo am ofyn i rywun a yw’n meddwl am hunanladdiad? Beth allai ei wneud yn haws i chi?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

ALCOHOL_IDENTIFICATION_AND_BRIEF_ADVICE = {
    "slug": "alcohol-identification-and-brief-advice",
    "title": "Adnabod alcohol a chyngor byr (IBA)",
    "category": "ongoing",
    "delivery": "online",
    "summary": "Sut i ddefnyddio holiadur byr, syml i wirio yfed rhywun, a rhoi cyngor byr, cyfeillgar.",
    "estimated_minutes": 90,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "substance-use-awareness"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs adnabod alcohol a chyngor byr (IBA) yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am adnabod alcohol a chyngor byr (IBA)",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae adnabod a chyngor byr, sy’n aml yn cael ei fyrhau i IBA, yn ffordd gyflym o wirio a yw yfed rhywun yn rhoi ei iechyd mewn perygl. Mae’r cwrs hwn yn cynnwys:\n\n- defnyddio holiadur byr am yfed sydd wedi’i brofi’n dda, fel AUDIT-C\n- cyfrif unedau, a beth mae’r sgôr yn ei olygu\n- rhoi cyngor byr mewn ychydig funudau, heb bregethu\n- cynnig dewisiadau, fel cwtogi, cael diwrnodau heb ddiod, neu gael mwy o help\n- gwybod pryd gallai rhywun fod yn ddibynnol ar alcohol ac angen help meddygol neu atgyfeiriad, yn lle cyngor byr\n- cofnodi beth wnaethoch chi, yn syml ac yn glir"),
                        ("heading", "I bwy mae e"),
                        ("text", "Cefnogwyr cymheiriaid sy’n siarad â phobl am eu hyfed, gan gynnwys mewn ysbytai ac ar y ffôn."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Cwrs ar-lein y gallwch chi ei wneud ar eich cyflymder eich hun, ac yna sesiwn ymarfer fer gyda’ch goruchwyliwr."),
                        ("callout", {"kind": "tip", "title": "Gall ychydig funudau wneud gwahaniaeth", "text": "Mae cyngor byr yn fyr, ond gall un sgwrs gyfeillgar, onest am yfed fod yn ddechrau newid."}),
                        ("reflection", "Sut fyddech chi’n teimlo pe bai rhywun yn gofyn i chi am eich yfed eich hun? Sut gallech chi ofyn mewn ffordd sy’n teimlo’n barchus?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

MOVING_ON_IN_MY_RECOVERY = {
    "slug": "moving-on-in-my-recovery",
    "title": "Symud Ymlaen yn Fy Adferiad (MOIMR)",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "Sut i gyd-hwyluso rhaglen grŵp Symud Ymlaen yn Fy Adferiad (Moving On In My Recovery), sy’n helpu pobl i gadw eu hadferiad i fynd ar ôl triniaeth.",
    "estimated_minutes": 720,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "professional-boundaries"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Amlinelliad o’r cwrs",
            "summary": "Beth mae’r cwrs Symud Ymlaen yn Fy Adferiad (MOIMR) yn ei gynnwys, i bwy mae e, a sut mae’n rhedeg.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "Am Symud Ymlaen yn Fy Adferiad (MOIMR)",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "Beth mae’r cwrs hwn yn ei gynnwys"),
                        ("text", "Mae Symud Ymlaen yn Fy Adferiad (Moving On In My Recovery, MOIMR) yn rhaglen grŵp strwythuredig sy’n helpu pobl i groesi’r bwlch rhwng triniaeth ffurfiol ac adferiad tymor hirach, gan gynnwys cyd-gymorth. Cafodd ei datblygu gyda phobl mewn adferiad ac mae’n defnyddio dulliau sy’n seiliedig ar dderbyn meddyliau a theimladau. Mae’r rhaglen yn rhedeg dros ddeuddeg sesiwn grŵp ar bynciau fel cydbwysedd ffordd o fyw, ymdopi â hwyliau isel a gorbryder, ailwaelu, perthnasoedd a stigma. Mae’r cwrs hwn yn cynnwys:\n\n- nodau a strwythur y rhaglen\n- y syniadau y tu ôl iddi, mewn iaith syml\n- sut i gyd-hwyluso sesiwn gydag aelod o staff\n- defnyddio eich profiad adferiad eich hun yn y grŵp"),
                        ("heading", "I bwy mae e"),
                        ("text", "Cefnogwyr cymheiriaid sydd â phrofiad o hwyluso grwpiau ac sy’n gyson yn eu hadferiad eu hunain. Mae llawer o hwyluswyr wedi bod drwy’r rhaglen eu hunain."),
                        ("heading", "Sut mae’n cael ei gyflwyno"),
                        ("text", "Hyfforddiant hwyluswyr yn yr ystafell ddosbarth, yna cyd-hwyluso sesiynau ochr yn ochr â hwylusydd profiadol ac aelod o staff triniaeth, gyda chefnogaeth gan eich goruchwyliwr."),
                        ("reflection", "Beth wnaeth eich helpu chi, neu beth allai helpu rhywun arall, i symud o adferiad cynnar i fywyd sy’n teimlo’n sefydlog ac yn eiddo i chi?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

ONGOING_COURSES = [
    TELEPHONE_RECOVERY_SUPPORT,
    MEANINGFUL_ENGAGEMENT,
    RECOVERY_COACHING,
    TRAUMA_INFORMED_PRACTICE,
    MOTIVATIONAL_INTERVIEWING,
    MENTAL_HEALTH_FIRST_AID,
    SUICIDE_AWARENESS,
    ALCOHOL_IDENTIFICATION_AND_BRIEF_ADVICE,
    MOVING_ON_IN_MY_RECOVERY,
]
