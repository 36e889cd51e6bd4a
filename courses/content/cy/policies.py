# ruff: noqa: E501
"""Y polisïau gwaith y mae pob gwirfoddolwr yn eu darllen ac yn eu cydnabod (Welsh)."""

CONFIDENTIALITY = {
    "slug": "confidentiality",
    "title": "Cyfrinachedd",
    "summary": "Sut rydyn ni’n cadw gwybodaeth bersonol yn breifat, pwy sy’n gallu ei gweld, a’r ychydig adegau pan fydd rhaid i ni ei rhannu.",
    "version_note": "Fersiwn gyntaf.",
    "body": [
        ("heading", "Pam mae hyn yn bwysig"),
        ("text", "Mae pobl yn dweud pethau personol iawn wrthon ni: am eu defnydd o alcohol neu gyffuriau, eu hiechyd, eu teuluoedd a’u gorffennol. Dim ond os ydyn nhw’n ymddiried ynon ni i’w gadw’n ddiogel y gallan nhw wneud hynny. Cyfrinachedd yw’r addewid y byddwn ni’n trin yr hyn mae pobl yn ei rannu yn ofalus, ac yn ei rannu dim ond pan fydd angen."),
        ("heading", "Beth rydyn ni’n ei gadw’n gyfrinachol"),
        ("text", "Mae’r polisi hwn yn ymwneud â gwybodaeth bersonol am:\n\n- y bobl rydyn ni’n eu cefnogi, gan gynnwys y ffaith eu bod mewn cysylltiad â ni o gwbl\n- gwirfoddolwyr a staff, gan gynnwys eu hadferiad a’u hiechyd\n- unrhyw beth sy’n cael ei ddweud mewn grwpiau, sgyrsiau 1:1 a goruchwyliaeth\n\nEich stori adferiad chi yw eich stori chi. Chi sy’n dewis beth i’w rannu amdani, ac ni chaiff neb arall ei rhannu ar eich rhan."),
        ("heading", "Sut rydyn ni’n gofalu am wybodaeth"),
        ("text", "- Dim ond pobl sydd angen gwybodaeth i wneud eu gwaith sy’n cael ei gweld, a dim ond cymaint ag sydd ei angen arnyn nhw.\n- Mae nodiadau’n cael eu cadw ar systemau’r sefydliad, byth ar ffonau personol, mewn e-bost personol nac ar bapur sy’n mynd adref.\n- Rydyn ni’n dweud wrth bobl beth rydyn ni’n ei gofnodi, pam, sut rydyn ni’n ei gadw’n ddiogel, a’u hawliau o dan y gyfraith diogelu data, gan gynnwys eu hawl i weld beth sydd gennym amdanyn nhw.\n- Dydyn ni ddim yn siarad am y bobl rydyn ni’n eu cefnogi y tu allan i’r gwaith, nac ar y cyfryngau cymdeithasol, hyd yn oed heb enwau."),
        ("heading", "Pan fydd rhaid i ni rannu"),
        ("text", "Nid yr un peth â chadw cyfrinach yw cyfrinachedd. Gallwn ni rannu gwybodaeth, hyd yn oed heb gytundeb, pan:\n\n- mae rhywun mewn perygl o niwed difrifol, gan gynnwys o hunanladdiad neu hunan-niweidio\n- gall plentyn fod mewn perygl\n- gall pobl eraill fod mewn perygl\n- gall trosedd ddifrifol fod yn rhan o’r peth\n- mae’r gyfraith yn mynnu hynny, er enghraifft gorchymyn llys\n\nYn yr achosion hyn, rydych chi’n dweud wrth eich goruchwyliwr neu’r arweinydd diogelu. Nhw sy’n penderfynu, fesul achos, beth sy’n cael ei rannu, gyda phwy, ac a fydd y person yn cael gwybod yn gyntaf. Does neb yn y sefydliad yn gallu addo cyfrinachedd llwyr. Pan fydd hi’n ddiogel, rydyn ni’n dweud wrth y person beth rydyn ni’n ei rannu a pham. Dyna pam nad ydyn ni byth yn addo cadw cyfrinach."),
        ("heading", "Rhannu gyda gwasanaethau eraill"),
        ("text", "Gall gweithio gyda meddygon teulu, ysbytai a gwasanaethau triniaeth helpu pobl yn fawr. Rydyn ni’n gofyn am gytundeb y person cyn rhannu unrhyw beth gyda gwasanaeth arall, heblaw pan fydd rhywun mewn perygl."),
        ("callout", {"kind": "warning", "title": "Os aiff rhywbeth o’i le", "text": "Os aiff gwybodaeth ar goll neu at y person anghywir, neu os caiff ei rhannu ar gam, dywedwch wrth eich goruchwyliwr ar unwaith. Mae camgymeriadau’n digwydd. O ddweud yn gyflym, gallwn gyfyngu ar y niwed, a chewch gefnogaeth, nid bai."}),
    ],
}

PROFESSIONAL_BOUNDARIES = {
    "slug": "professional-boundaries",
    "title": "Ffiniau proffesiynol a gwrthdaro rôl",
    "summary": "Y terfynau sy’n cadw cymorth cymheiriaid yn ddiogel, a beth i’w wneud pan fydd bod yn gymar a chynrychioli’r sefydliad yn tynnu i gyfeiriadau gwahanol.",
    "version_note": "Fersiwn gyntaf.",
    "body": [
        ("heading", "Pam mae gennym ni’r polisi hwn"),
        ("text", "Mae cymorth cymheiriaid yn gweithio am ei fod yn agos, yn gyfartal ac yn real. Yr agosrwydd hwnnw hefyd yw’r rheswm pam mae ffiniau clir yn bwysig. Maen nhw’n amddiffyn y bobl rydyn ni’n eu cefnogi, maen nhw’n amddiffyn eich adferiad chi, ac maen nhw’n sicrhau bod y cymorth yn gallu para."),
        ("heading", "Beth rydyn ni’n ei ddisgwyl"),
        ("text", "- Defnyddiwch y ffôn, yr e-bost a’r systemau y mae’r sefydliad yn eu rhoi i chi. Peidiwch â rhannu eich rhif personol, eich cyfeiriad na’ch cyfryngau cymdeithasol.\n- Peidiwch â rhoi benthyg arian i’r bobl rydych chi’n eu cefnogi, rhoi arian iddyn nhw na benthyg arian ganddyn nhw, na phrynu na gwerthu pethau gyda nhw.\n- Dywedwch wrth eich goruchwyliwr am unrhyw rodd. Mae diolch bach fel cerdyn yn iawn. Mae unrhyw beth o werth yn cael ei wrthod yn gwrtais.\n- Dydy perthynas ramantus neu rywiol gyda phobl rydych chi’n eu cefnogi byth yn cael ei chaniatáu.\n- Cwrddwch â phobl mewn mannau sydd wedi’u cytuno. Peidiwch ag ymweld â chartrefi, na gwahodd pobl i’ch cartref chi, oni bai bod hyn wedi’i gytuno a bod y risg wedi’i gwirio.\n- Peidiwch byth â defnyddio alcohol neu gyffuriau gyda phobl rydych chi’n eu cefnogi, na’u cael iddyn nhw.\n- Arhoswch o fewn eich rôl. Dydych chi ddim yn rhoi cyngor meddygol, cyfreithiol nac ariannol.\n- Cadwch at eich oriau sydd wedi’u cytuno, a dywedwch wrth eich goruchwyliwr os ydych chi’n cymryd gormod."),
        ("heading", "Cymar a gweithiwr: gwrthdaro rôl"),
        ("text", "Fel cefnogwr cymheiriaid, rydych chi’n rhannu profiad bywyd gyda’r bobl rydych chi’n eu cefnogi, ond rydych chi hefyd yn gweithredu ar ran y sefydliad. Weithiau mae’r ddwy rôl yn gwrthdaro. Dyma rai enghreifftiau cyffredin:\n\n- cefnogi rhywun roeddech chi’n defnyddio gyda nhw, neu rywun rydych chi’n ei adnabod o’ch gorffennol\n- cyfarfod pobl rydych chi’n eu cefnogi yn eich cyfarfod cyd-gymorth eich hun neu yn eich cymuned\n- rhywun yn gofyn i chi gadw rhywbeth “rhyngon ni” pan fydd gennych chi bryder am ddiogelwch\n- ffrind neu berthynas yn gofyn am help drwy’r sefydliad\n\nDoes dim o hyn yn anghywir ynddo’i hun, ond rhaid iddo fod yn agored. Dywedwch wrth eich goruchwyliwr am unrhyw gysylltiad sydd gennych chi â rhywun rydyn ni’n gofyn i chi ei gefnogi. Efallai y bydd yn awgrymu bod cydweithiwr yn cefnogi’r person hwnnw yn lle. Mae eich dyletswydd i gadw pobl yn ddiogel bob amser yn dod o flaen teyrngarwch i gymar."),
        ("heading", "Goruchwyliaeth"),
        ("text", "Eich sgwrs 1:1 wythnosol yw’r lle i siarad am ffiniau a gwrthdaro rôl. Dewch â’r mannau llwyd, nid dim ond y problemau. Mae’n haws cadw ffiniau pan fyddwn ni’n siarad amdanyn nhw’n aml."),
        ("heading", "Os bydd ffin yn cael ei chroesi"),
        ("text", "Os ydych chi’n meddwl eich bod wedi croesi llinell, neu’n agos at wneud hynny, dywedwch wrth eich goruchwyliwr cyn gynted ag y gallwch. Byddwn ni’n siarad am y peth, yn cytuno sut i’w unioni, ac yn eich cefnogi. Os yw pobl wedi cael eu rhoi mewn perygl difrifol, efallai y byddwn ni’n gofyn i chi gamu’n ôl o gymorth cymheiriaid tra byddwn ni’n edrych i mewn i’r mater. Dod â gwirfoddoli rhywun i ben yw’r dewis olaf un."),
    ],
}

LAPSE_MANAGEMENT = {
    "slug": "lapse-management",
    "title": "Rheoli llithriad",
    "summary": "Sut rydyn ni’n ymateb, gyda chefnogaeth yn lle cosb, pan fydd rhywun rydyn ni’n ei gefnogi, gwirfoddolwr neu aelod o staff yn llithro.",
    "version_note": "Fersiwn gyntaf.",
    "body": [
        ("heading", "Ein ffordd ni"),
        ("text", "Anaml iawn y mae adferiad yn llinell syth. Gall llithriad, sef mynd yn ôl i ddefnyddio alcohol neu gyffuriau, ddigwydd i unrhyw un, ar unrhyw adeg. Rydyn ni’n gweld llithriad fel rhywbeth i ddysgu ohono, nid methiant. Mae ein hymateb bob amser yn gefnogol, nid yn gosbol. Ein pryder cyntaf yw diogelwch pawb."),
        ("heading", "I’r bobl rydyn ni’n eu cefnogi"),
        ("text", "Does neb yn cael ei droi i ffwrdd o gymorth am ei fod wedi llithro. Bydd cefnogwyr cymheiriaid yn:\n\n- siarad am y peth yn agored a heb farnu\n- helpu’r person i gadw’n ddiogel, gan gynnwys y risg uwch o orddos ar ôl seibiant, pan fydd y goddefiad wedi gostwng\n- edrych ar beth arweiniodd at y llithriad a beth allai helpu’r tro nesaf\n- adolygu eu nodau gyda nhw, a chadw’r drws ar agor\n\nMae ein canolfannau a’n grwpiau’n gofyn i bobl ddod heb fod wedi defnyddio’r diwrnod hwnnw. Os bydd rhywun yn cyrraedd ar ôl defnyddio, rydyn ni’n siarad â nhw yn breifat ac yn garedig, yn gwneud yn siŵr eu bod yn gallu mynd adref yn ddiogel, ac yn cynnig cymorth arall, fel galwad ffôn, nes eu bod yn gallu dod yn ôl."),
        ("heading", "I wirfoddolwyr a staff"),
        ("text", "Os byddwch chi’n llithro, dywedwch wrthon ni. Byddai’n llawer gwell gennym ni wybod, er mwyn i ni allu eich cefnogi. Gallwch chi siarad â’ch goruchwyliwr, eich rheolwr, neu aelod arall o staff rydych chi’n ymddiried ynddo. Mae’r hyn rydych chi’n ei ddweud wrthon ni’n cael ei gadw’n gyfrinachol, a dim ond yn cael ei rannu gyda’r bobl sydd angen gwybod er mwyn eich cefnogi."),
        ("heading", "Beth sy’n digwydd nesaf"),
        ("text", "- Rydyn ni’n siarad gyda chi, yn garedig ac yn breifat, am sut rydych chi a beth sydd ei angen arnoch chi.\n- Fel arfer rydych chi’n camu’n ôl o gefnogi pobl eraill am gyfnod. Nid cosb yw hyn. Mae’n amddiffyn eich adferiad a’r bobl rydych chi’n eu cefnogi.\n- Rydych chi’n dal i gael goruchwyliaeth, grwpiau a’r gymuned adferiad, oni bai ein bod yn cytuno fel arall.\n- Gyda’n gilydd rydyn ni’n cytuno ar gynllun: pa gymorth fydd gennych chi, a phryd y byddwn ni’n ei adolygu."),
        ("heading", "Dod yn ôl"),
        ("text", "Does dim cyfnod aros penodol. Pan fyddwch chi a’ch goruchwyliwr yn teimlo eich bod yn barod, byddwch chi’n cael sgwrs dychwelyd. Gall eich dychweliad ddechrau’n dawel, er enghraifft gyda llai o bobl i’w cefnogi, gwiriadau ychwanegol, neu ychydig o hyfforddiant gloywi. Mae llawer o gefnogwyr cymheiriaid wedi llithro ac wedi dod yn ôl yn gryfach, gyda mwy o ddealltwriaeth i’w chynnig."),
        ("callout", {"kind": "warning", "title": "Pam mae bod yn onest yn bwysig", "text": "Os caiff llithriad ei guddio a bod pobl mewn perygl, rhaid i ni weithredu ar beth rydyn ni’n ei ddarganfod. Byddwn ni’n deg bob amser, ond mae’n llawer haws eich cefnogi os dywedwch chi wrthon ni eich hun."}),
        ("heading", "Pan fydd pobl allweddol yn llithro"),
        ("text", "Gall llithriad effeithio hefyd ar bobl sy’n arwain grwpiau neu’n rhedeg prosiectau. Rydyn ni’n cadw trefniadau wrth gefn yn eu lle er mwyn i’r gwaith barhau tra bydd unrhyw un yn camu’n ôl, a does dim rhaid i neb gario’r prosiect cyfan ar ei ben ei hun."),
    ],
}

CLEAN_TIME = {
    "slug": "clean-time",
    "title": "Amser mewn adferiad (“amser glân”)",
    "summary": "Pam does gennym ni ddim rheol benodol am “amser mewn adferiad”, yr isafswm o ddau fis cyn i unrhyw un ddechrau, a beth rydyn ni’n edrych arno yn lle hynny.",
    "version_note": "Fersiwn gyntaf.",
    "body": [
        ("heading", "Dim rheol benodol"),
        ("text", "Mae rhai sefydliadau’n gofyn i gefnogwyr cymheiriaid fod wedi ymatal, neu fod yn “lân”, am gyfnod penodol cyn dechrau. Dydyn ni ddim. Mae pob person yn diffinio ei adferiad ei hun, a dydy nifer y dyddiau ers i rywun yfed neu ddefnyddio ddiwethaf ddim yn dweud wrthon ni pa mor sefydlog, diogel neu barod ydyn nhw. Mae gan bobl ar sawl cam o adferiad lawer i’w gynnig."),
        ("heading", "Ffordd ofalus"),
        ("text", "Dydy peidio â chael rheol benodol ddim yn golygu bod unrhyw beth yn iawn. Rydyn ni’n gweithio’n ofalus, am fod cymorth cymheiriaid yn gallu bod yn waith trwm ac rydyn ni eisiau amddiffyn eich adferiad chi yn ogystal â’r bobl rydych chi’n eu cefnogi.\n\nRhaid i bawb, gwirfoddolwyr a staff, orffen y cwrs cynefino pedwar diwrnod a’r hyfforddiant gofynnol cyn rhoi cymorth cymheiriaid. Mae’n cymryd o leiaf dau fis ar ôl ymuno cyn i unrhyw un ddechrau fel cefnogwr cymheiriaid. Mae’r amser hwn ar gyfer dysgu, setlo a dod i adnabod y tîm. Nid prawf yw e."),
        ("heading", "Beth rydyn ni’n edrych arno yn lle hynny"),
        ("text", "Cyn i chi ddechrau, rydych chi a’ch goruchwyliwr yn siarad yn onest am a ydych chi’n barod. Rydyn ni’n edrych ar:\n\n- pa mor sefydlog mae eich adferiad yn teimlo i chi, ac unrhyw newidiadau diweddar\n- y cymorth sydd gennych chi o’ch cwmpas, yn y sefydliad a thu allan iddo\n- pam rydych chi eisiau gwneud y gwaith hwn, a beth rydych chi’n gobeithio ei gael ohono\n- sut rydych chi’n ymdopi â straen, sbardunau a sgyrsiau anodd\n- a ydych chi’n gallu cadw ffiniau a gofyn am help\n- eich hyfforddiant, a sut rydych chi wedi cael y diwrnodau dosbarth\n\nYna mae rheolwr yn cadarnhau eich bod yn barod i ddechrau. Os nad dyma’r amser iawn, byddwn ni’n dweud pam wrthych chi ac yn cytuno beth fyddai’n helpu."),
        ("heading", "Ar ôl i chi ddechrau"),
        ("text", "Nid penderfyniad unwaith ac am byth yw bod yn barod. Mae eich sgwrs 1:1 wythnosol, eich gwiriadau lles a’n gofal ynghylch faint o bobl rydych chi’n eu cefnogi yn ein helpu ni i gyd i sylwi os bydd pethau’n newid. Efallai y bydd rhai rolau, fel lleoliadau mewn ysbyty neu redeg grwpiau, angen ychydig mwy o brofiad. Rydyn ni’n penderfynu hyn gyda chi, fesul achos."),
        ("heading", "I’r bobl rydyn ni’n eu cefnogi"),
        ("text", "Does dim angen i neb fod mewn adferiad am gyfnod penodol i gael cymorth. Mae llawer o gyfranogwyr Camau Cyntaf yn dal i yfed neu ddefnyddio. Dim ond gofyn rydyn ni i bobl ddod i’n canolfannau a’n grwpiau heb fod wedi defnyddio’r diwrnod hwnnw."),
        ("callout", {"kind": "tip", "title": "Nid barn am eich gwerth chi", "text": "Mae penderfyniad i aros yn ymwneud ag amseru a diogelwch, byth â’ch gwerth chi fel person."}),
    ],
}

SAFEGUARDING_PROCEDURE = {
    "slug": "safeguarding-procedure",
    "title": "Gweithdrefn diogelu",
    "summary": "Y camau y mae pob gwirfoddolwr ac aelod o staff yn eu dilyn pan fyddan nhw’n poeni am oedolyn neu blentyn.",
    "version_note": "Fersiwn gyntaf.",
    "body": [
        ("heading", "I bwy mae hyn"),
        ("text", "Mae’r weithdrefn hon yn berthnasol i bawb sy’n gwirfoddoli neu’n gweithio gyda ni. Mae’n ymwneud â phryderon am blant ac am oedolion a allai fod mewn perygl o gamdriniaeth, esgeulustod neu gamfanteisio, gan gynnwys hunan-esgeulustod. Mae hefyd yn ymwneud â phryderon am ymddygiad gwirfoddolwr neu aelod o staff."),
        ("heading", "Cam wrth gam"),
        ("text", "- Cam 1: Os oes unrhyw un mewn perygl ar unwaith, ffoniwch 999.\n- Cam 2: Gwrandewch yn dawel. Peidiwch â gwthio am fanylion. Peidiwch ag addo cadw cyfrinach: eglurwch efallai y bydd angen i chi rannu beth rydych chi’n ei glywed.\n- Cam 3: Dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu yr un diwrnod. Peidiwch ag aros am eich sgwrs 1:1 nesaf. Os na allwch chi gael gafael ar yr un ohonyn nhw, dywedwch wrth y rheolwr. Os nad oes neb ar gael a’ch bod yn poeni’n ddifrifol, cysylltwch â thîm diogelu’r cyngor lleol neu’r heddlu.\n- Cam 4: Ysgrifennwch beth welsoch chi a beth glywsoch chi yr un diwrnod: y dyddiad, yr amser, y lle, pwy oedd yno, geiriau’r person ei hun, a beth wnaethoch chi. Cadwch ffeithiau a barn ar wahân. Defnyddiwch system y sefydliad yn unig.\n- Cam 5: Yr arweinydd diogelu sy’n penderfynu beth sy’n digwydd nesaf. Gall hyn gynnwys atgyfeirio at wasanaethau oedolion neu blant y cyngor, neu at yr heddlu.\n- Cam 6: Bydd yr arweinydd yn rhoi gwybod i chi, lle gall, beth sydd wedi cael ei wneud, ac yn holi sut rydych chi."),
        ("heading", "Beth i beidio â’i wneud"),
        ("text", "- Peidiwch ag ymchwilio na holi pobl i gael gwybod mwy.\n- Peidiwch â chysylltu ag unrhyw un a allai fod yn achosi niwed, na’u herio.\n- Peidiwch â thrafod y pryder gydag unrhyw un sydd ddim angen gwybod."),
        ("heading", "Cytundeb a rhannu"),
        ("text", "Pan fydd hi’n ddiogel, rydyn ni’n cynnwys y person mewn penderfyniadau ac yn parchu ei ddymuniadau. Mae gan oedolion hawl i wneud eu dewisiadau eu hunain. Ond gall yr arweinydd diogelu benderfynu, fesul achos, rannu gwybodaeth heb gytundeb pan fydd plentyn mewn perygl, pan fydd pobl eraill mewn perygl, pan allai trosedd ddifrifol fod yn rhan o’r peth, pan fydd bywyd rhywun mewn perygl, neu pan na all y person wneud y penderfyniad drosto’i hun ar y pryd."),
        ("nation", {"england": "Yn Lloegr, rydyn ni’n dilyn Deddf Gofal 2014 (Care Act 2014) a gweithdrefnau diogelu oedolion ein cyngor lleol, a’r trefniadau lleol ar gyfer diogelu plant.", "wales": "Yng Nghymru, rydyn ni’n dilyn Rhan 7 o Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014 a Gweithdrefnau Diogelu Cymru. Os nad ydych chi’n siŵr a yw’r ddyletswydd i adrodd yn berthnasol i chi neu i ni, gofynnwch i’ch goruchwyliwr neu i’r arweinydd diogelu."}),
        ("heading", "Pryderon am wirfoddolwyr neu staff"),
        ("text", "Dywedwch wrth yr arweinydd diogelu am unrhyw bryder bod rhywun yn ein tîm wedi niweidio rhywun, neu y gallai wneud hynny. Os yw’r pryder am yr arweinydd diogelu, dywedwch wrth yr uwch reolwr neu gadeirydd yr ymddiriedolwyr."),
        ("heading", "Hyfforddiant a gwiriadau"),
        ("text", "Mae pawb yn gwneud hyfforddiant diogelu cyn dechrau, ac yn ei adnewyddu bob tair blynedd. Mae rhai rolau angen gwiriad DBS. Dydy cael cofnod troseddol ddim yn eich atal yn awtomatig rhag gwirfoddoli gyda ni. Rydyn ni’n edrych ar bob achos yn deg."),
        ("callout", {"kind": "worried", "title": "Os ydych chi’n poeni am rywun", "text": "Perygl ar unwaith: ffoniwch 999. Fel arall, dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu yr un diwrnod, ysgrifennwch beth welsoch chi a beth glywsoch chi, peidiwch ag ymchwilio eich hun, a pheidiwch ag addo cadw cyfrinach."}),
    ],
}

VOLUNTEERING = {
    "slug": "volunteering",
    "title": "Gwirfoddoli gyda ni",
    "summary": "Beth rydyn ni’n ei ddisgwyl gan wirfoddolwyr, beth gallwch chi ei ddisgwyl gennym ni, a sut mae camu’n ôl yn gweithio.",
    "version_note": "Fersiwn gyntaf.",
    "body": [
        ("heading", "Croeso"),
        ("text", "Gwirfoddolwyr yw calon y sefydliad hwn. Dechreuodd llawer ohonon ni fel gwirfoddolwyr, ac mae staff yn dysgu gan wirfoddolwyr gymaint ag y mae gwirfoddolwyr yn dysgu gan staff. Mae’r polisi hwn yn dweud beth rydyn ni’n ei ofyn gennych chi a beth gallwch chi ddibynnu arno gennym ni."),
        ("heading", "Beth rydyn ni’n ei ddisgwyl gennych chi"),
        ("text", "- Gorffennwch y cwrs cynefino pedwar diwrnod a’r hyfforddiant gofynnol cyn i chi roi cymorth cymheiriaid. Mae hyn yn cymryd o leiaf dau fis ar ôl ymuno.\n- Darllenwch a dilynwch ein polisïau, yn enwedig cyfrinachedd, ffiniau a diogelu.\n- Byddwch yn ddibynadwy. Os na allwch chi ddod i shifft neu wneud galwad, dywedwch wrthon ni cyn gynted ag y gallwch.\n- Dewch i’ch goruchwyliaeth a chyfarfodydd y tîm.\n- Cadwch nodiadau byr, ffeithiol ar ein systemau.\n- Gwnewch y gwiriad lles byr bob wythnos, er mwyn i ni sylwi’n gynnar os yw pethau’n mynd yn anodd.\n- Gofalwch amdanoch eich hun, a dywedwch wrthon ni’n gynnar os yw pethau’n mynd yn ormod."),
        ("heading", "Beth gallwch chi ei ddisgwyl gennym ni"),
        ("text", "- Hyfforddiant, gennym ni a thrwy bartneriaid, gyda rhaglen barhaus ar ôl i chi ddechrau.\n- Cyfarfod byr bob bore ar ddechrau’r diwrnod, i siarad am beth mae pawb yn ei wneud.\n- Sgwrs 1:1 30 munud bob wythnos gyda’ch rheolwr neu oruchwyliwr gwirfoddolwyr.\n- Grŵp cymheiriaid bob pythefnos, lle mae cefnogwyr cymheiriaid yn rhoi cymorth ymarferol ac emosiynol i’w gilydd. Nid lle i rannu gwybodaeth yw e.\n- Cyfarfod rhannu gwybodaeth bob pythefnos, yn yr wythnosau rhwng y grwpiau cymheiriaid.\n- Bob prynhawn dydd Mawrth, cyfarfod neu hyfforddiant i’r holl staff a gwirfoddolwyr.\n- Grŵp Datblygu Gwirfoddolwyr bob pythefnos, sy’n agored i bob gwirfoddolwr.\n- Hyfforddiant un-i-un gan hyfforddwr allanol pan fydd ei angen arnoch chi.\n- Gofal ynghylch faint o bobl rydych chi’n eu cefnogi, er mwyn i chi beidio â chael gormod."),
        ("heading", "Treuliau"),
        ("text", "Ddylai gwirfoddoli byth eich gadael chi ar eich colled. Rydyn ni’n ad-dalu treuliau sydd wedi’u cytuno, fel teithio i’ch lleoliad. Cadwch eich derbynebau a hawliwch drwy eich goruchwyliwr. Nid tâl am eich amser yw treuliau. Os ydych chi’n cael budd-daliadau a ddim yn siŵr sut mae gwirfoddoli’n cyd-fynd â nhw, gofynnwch i ni a byddwn ni’n eich helpu i wirio."),
        ("heading", "Camu’n ôl"),
        ("text", "Gallwch chi gymryd seibiant unrhyw bryd, am unrhyw reswm. Rhowch wybod i’ch goruchwyliwr, er mwyn i ni allu gofalu am y bobl rydych chi’n eu cefnogi. Weithiau efallai y byddwn ni’n gofyn i chi gamu’n ôl am gyfnod, er enghraifft i amddiffyn eich lles, ar ôl llithriad, neu tra bydd pryder yn cael ei ystyried. Bydd hyn bob amser yn dechrau gyda sgwrs gyda chi. Pan fyddwch chi’n barod i ddod yn ôl, byddwn ni’n ei gynllunio gyda’n gilydd."),
        ("heading", "Os oes rhywbeth o’i le"),
        ("text", "Os ydych chi’n anhapus gyda sut rydych chi wedi cael eich trin, siaradwch â’ch goruchwyliwr neu’ch rheolwr. Os nad yw hynny’n datrys y peth, gallwch chi ei godi gydag uwch reolwr."),
    ],
}

POLICIES = [CONFIDENTIALITY, PROFESSIONAL_BOUNDARIES, LAPSE_MANAGEMENT, CLEAN_TIME, SAFEGUARDING_PROCEDURE, VOLUNTEERING]
