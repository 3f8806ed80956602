"""Demo courses and quizzes for the ASAN staff-training LMS (az; ru for course 1)."""

COURSES = [
    {
        "slug": "xidmet-standartlari",
        "title": "Xidmət standartları: beş prinsip və vətəndaşla davranış",
        "summary": (
            "“ASAN xidmət” mərkəzlərinin işinin əsasında duran beş prinsipi, "
            "vətəndaşın qarşılanması qaydasını və xidmət kartı ilə düzgün işləməyi "
            "öyrədən əsas kurs. Məlumat və xidmət masalarında çalışan bütün əməkdaşlar "
            "üçün nəzərdə tutulub."
        ),
        "objectives": (
            "<ul><li>Mərkəzlərin beş prinsipini adlandırmaq və hər birinin gündəlik "
            "işdə necə göründüyünü izah etmək</li><li>Mərkəzlərin prinsiplərini "
            "onların məqsədlərindən və Agentliyin öz prinsiplərindən fərqləndirmək</li>"
            "<li>Vətəndaşı qarşılamaq, ehtiyacını aydınlaşdırmaq və xidməti nəzakətlə "
            "başa çatdırmaq</li><li>Xidmət kartının sahələrini oxumaq və vətəndaşa "
            "sənədləri, ödənişi və icra müddətini düzgün izah etmək</li></ul>"
        ),
        "duration_minutes": 70,
        "validity_months": 24,
        "self_enrolment": False,
        "competencies": [("SS-01", 2), ("SS-02", 2), ("SS-03", 1)],
        "lessons": [
            {
                "slug": "bes-prinsip",
                "title": "Beş prinsip: mərkəzlərin işinin təməli",
                "minutes": 15,
                "body": [
                    ("heading", {"text": "Prinsiplərin hüquqi əsası", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə "
                            "Dövlət Agentliyi və onun tabeliyində fəaliyyət göstərən "
                            "“ASAN xidmət” mərkəzləri Azərbaycan Respublikası "
                            "Prezidentinin 2012-ci il 13 iyul tarixli 685 nömrəli "
                            "Fərmanı ilə yaradılıb. Təxminən iki ay sonra, 2012-ci il "
                            "5 sentyabrda imzalanan 706 nömrəli Fərmanla Agentliyin "
                            "Əsasnaməsi və strukturu, həmçinin mərkəzlərin təşkili və "
                            "xidmətlərin göstərilməsi Qaydaları təsdiq olunub. Məhz bu "
                            "Qaydalar mərkəzdəki hər bir iş prosesinin və hər bir "
                            "əməkdaşın davranışının hansı meyarlarla ölçüldüyünü "
                            "müəyyən edir.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Qaydaların 1.3-cü bəndi",
                            "text": (
                                "<p>Qaydalara görə mərkəzlər öz işini beş prinsip "
                                "üzərində qurur: <strong>operativlik, şəffaflıq, "
                                "nəzakətlilik, məsuliyyət və rahatlıq</strong>. Başqa "
                                "keyfiyyətlər nə qədər vacib olsa da, mərkəzlərin "
                                "rəsmi prinsipləri məhz bu beşidir.</p>"
                            ),
                            "source": (
                                "Mərkəzlərin təşkili və xidmətlərin göstərilməsi "
                                "Qaydaları (Prezidentin 5 sentyabr 2012-ci il tarixli "
                                "706 nömrəli Fərmanı ilə təsdiq edilib), 1.3-cü bənd"
                            ),
                        },
                    ),
                    ("heading", {"text": "Beş prinsip gündəlik işdə", "level": "h3"}),
                    (
                        "text",
                        (
                            "<ul><li><strong>Operativlik</strong> vətəndaşın vaxtına "
                            "hörmət deməkdir: növbəni ləngitməmək, sənədləri ilk "
                            "baxışda tam yoxlamaq və vətəndaşın lüzumsuz yerə ikinci "
                            "dəfə gəlməsinin qarşısını almaq.</li>"
                            "<li><strong>Şəffaflıq</strong> o deməkdir ki, vətəndaş "
                            "xidmətin qiymətini, müddətini və mərhələlərini əvvəlcədən "
                            "bilir, imtina olunarsa, səbəbini eşidir. Qeyri-rəsmi "
                            "ödənişə və “tanış yolu” ilə xidmətə yer yoxdur.</li>"
                            "<li><strong>Nəzakətlilik</strong> hər vətəndaşa eyni "
                            "hörmətlə, sakit tonla və diqqətlə yanaşmağı tələb edir. "
                            "Rəsmi ingilisdilli mətnlərdə bu prinsip bəzən “etik "
                            "münasibət” kimi də təqdim olunur.</li>"
                            "<li><strong>Məsuliyyət</strong> verilən məlumatın "
                            "düzgünlüyünə və başlanan işin sona çatdırılmasına görə "
                            "cavabdehlikdir. Səhvi etiraf edib düzəltmək də bu "
                            "prinsipin bir hissəsidir.</li>"
                            "<li><strong>Rahatlıq</strong> xidmətin vətəndaş üçün asan "
                            "və əlçatan olmasıdır: aydın yönləndirmə, gözləmə zamanı "
                            "rahat şərait, yaşlı vətəndaşlara və əlilliyi olan "
                            "şəxslərə xüsusi diqqət.</li></ul>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Prinsiplər, məqsədlər və Agentliyin öz prinsipləri"
                            ),
                            "level": "h3",
                        },
                    ),
                    (
                        "text",
                        (
                            "<p>Təlimlərdə ən çox rast gəlinən səhv üç fərqli "
                            "siyahının bir-birinə qarışdırılmasıdır. Qaydalar "
                            "mərkəzlərin <em>məqsədlərini</em> ayrıca sadalayır. "
                            "Onların sırasında vətəndaşların artıq xərc və vaxt "
                            "itkisini azaltmaq, onlarla etik və nəzakətli davranmaq, "
                            "peşəkarlıq səviyyəsini yüksəltmək və dövlət "
                            "strukturlarına etimadı artırmaq var. Deməli, peşəkarlıq "
                            "çox vacib olsa da, beş prinsipdən biri deyil, "
                            "məqsədlərdən biridir.</p><p>Agentliyin Əsasnaməsi isə "
                            "qurum kimi Agentliyin özü üçün başqa prinsiplər müəyyən "
                            "edir: qanunun aliliyi, insan hüquq və azadlıqlarının "
                            "qorunması, şəffaflıq, peşəkarlıq və xidmətdə "
                            "nizam-intizam. Bu prinsiplər Agentliyə aiddir, "
                            "mərkəzlərin beş prinsipi isə hər gün birbaşa vətəndaşla "
                            "ünsiyyətdə görünür.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Gündəlik özünüyoxlama",
                            "text": (
                                "<p>Hər xidmətdən sonra özünüzə beş qısa sual verin: "
                                "Vətəndaşın vaxtına qənaət etdimmi? Hər şeyi ona aydın "
                                "izah etdimmi? Nəzakətli oldummu? Verdiyim sözü yerinə "
                                "yetirdimmi? Xidmət onun üçün rahat keçdimi?</p>"
                            ),
                            "source": "",
                        },
                    ),
                ],
            },
            {
                "slug": "vetendasin-qarsilanmasi",
                "title": "Vətəndaşın qarşılanması və xidmət",
                "minutes": 20,
                "body": [
                    ("heading", {"text": "Mərkəzdə kim nə edir", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>Mərkəzdə iki qrup əməkdaş çalışır. Xidmət masalarında "
                            "vətəndaşları xidməti göstərən dövlət orqanlarının, "
                            "məsələn, Daxili İşlər Nazirliyinin və Ədliyyə "
                            "Nazirliyinin əməkdaşları qəbul edir. Agentliyin öz dövlət "
                            "qulluqçuları isə mərkəzi idarə edir, vətəndaşlara məlumat "
                            "verir, növbəni tənzimləyir, xidmətin keyfiyyətini izləyir "
                            "və davranış qaydalarına əməl olunmasına nəzarət edir. "
                            "Məlumat xidmətini dövlət qulluqçuları, ştatdankənar "
                            "əməkdaşlar və könüllülər göstərə bilər. Banklar, sığorta "
                            "şirkətləri və tərcümə xidmətləri kimi özəl tərəfdaşlar "
                            "isə köməkçi masalarda xidmət göstərir.</p><p>Vətəndaş bu "
                            "bölgünü hiss etməməlidir: hansı masaya yaxınlaşsa da, "
                            "eyni səviyyədə xidmət gözləyir. Növbəni əvvəlcədən "
                            "götürmək istəyən vətəndaşa “ASAN xidmət” mobil tətbiqini, "
                            "internet saytını və ya 108 Çağrı Mərkəzini tövsiyə "
                            "edin.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Mərkəzlərdə davranış Qaydaları",
                            "text": (
                                "<p>Mərkəzlərdə işin təşkilini və orada çalışan dövlət "
                                "orqanları əməkdaşlarının davranışını Kollegiyanın "
                                "2013-cü il 6 iyun tarixli 1/1-03 nömrəli qərarı ilə "
                                "təsdiq edilmiş Qaydalar tənzimləyir. Bu dərsdəki "
                                "tövsiyələr ümumi xarakter daşıyır; Qaydaların konkret "
                                "tələblərini mərkəzinizin rəhbərliyindən və daxili "
                                "sənədlərdən öyrənin.</p>"
                            ),
                            "source": (
                                "“ASAN xidmət” mərkəzlərində fəaliyyətin tənzimlənməsi "
                                "və davranış Qaydaları (Kollegiyanın 6 iyun 2013-cü il "
                                "tarixli 1/1-03 nömrəli qərarı)"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": "Qarşılamadan vidalaşmaya qədər", "level": "h3"},
                    ),
                    (
                        "procedure",
                        {
                            "title": "Vətəndaşın masada qəbulu",
                            "system": "Elektron növbə",
                            "steps": [
                                {
                                    "text": (
                                        "<p>Növbə nömrəsi lövhədə göründükdən sonra "
                                        "vətəndaşı göz təması ilə qarşılayın, "
                                        "salamlaşın və adınızı deyin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Vətəndaşı sözünü kəsmədən dinləyin, sonra "
                                        "müraciətin məqsədini öz sözlərinizlə təkrar "
                                        "edin: “Yəni şəxsiyyət vəsiqənizi dəyişmək "
                                        "istəyirsiniz, elədirmi?”</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Sənədləri vətəndaşın gözü qarşısında "
                                        "yoxlayın. Nəsə çatışmırsa, bunu dərhal deyin "
                                        "və onu harada əldə edəcəyini izah edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Əməliyyata başlamazdan əvvəl rüsumu, icra "
                                        "müddətini və nəticəni necə alacağını "
                                        "bildirin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>İş zamanı nə etdiyinizi qısa şərh edin; "
                                        "gözləmə uzanarsa, səbəbini və təxmini vaxtı "
                                        "deyin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Sonda başqa sualının olub-olmadığını "
                                        "soruşun, sənədlərini qaytarın və nəzakətlə "
                                        "vidalaşın.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "heading",
                        {"text": "Xüsusi diqqət tələb edən vətəndaşlar", "level": "h3"},
                    ),
                    (
                        "text",
                        (
                            "<p>Yaşlı vətəndaşlar, əlilliyi olan şəxslər, uşaqla gələn "
                            "valideynlər və Azərbaycan dilini zəif bilən əcnəbilər "
                            "üçün rahatlıq prinsipi xüsusilə önəmlidir. Tələsmədən, "
                            "sadə sözlərlə danışın, lazım olduqda məlumat masasından "
                            "və ya könüllüdən kömək istəyin. Köməyi təklif edin, amma "
                            "vətəndaşın yerinə qərar verməyin: onun razılığını "
                            "gözləyin.</p><p>Vətəndaş müşayiətçi ilə gəlibsə, sualları "
                            "yenə də birbaşa vətəndaşın özünə verin. Eşitmə çətinliyi "
                            "olan şəxslə yazılı ünsiyyət qurmaq, hərəkət imkanı məhdud "
                            "olan şəxsə isə oturaraq gözləmək imkanı təklif etmək "
                            "xidməti xeyli asanlaşdırır.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "standard",
                            "title": "Vətəndaşı cavabsız qoymayın",
                            "text": (
                                "<p>“Bu mənim işim deyil” və ya “bilmirəm” demək "
                                "əvəzinə “Dəqiqləşdirib sizə deyəcəyəm” deyin və "
                                "sözünüzün üstündə durun. Sualın cavabı başqa "
                                "masadadırsa, vətəndaşı özünüz ora yönəldin və kimə "
                                "müraciət edəcəyini deyin.</p>"
                            ),
                            "source": (
                                "Nəzakətlilik və məsuliyyət prinsipləri (706 nömrəli "
                                "Fərmanla təsdiq edilmiş Qaydalar, 1.3-cü bənd)"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "xidmet-karti",
                "title": "Xidmət kartı ilə iş",
                "minutes": 20,
                "body": [
                    ("heading", {"text": "Xidmət kartı nə üçündür", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>Mərkəzdə göstərilən hər xidmətin Agentliyin saytında "
                            "dərc olunmuş kartı var. Kart vətəndaşa və əməkdaşa eyni "
                            "məlumatı verir: hansı sənədlər lazımdır, kim müraciət edə "
                            "bilər, nə qədər ödənilir və iş nə qədər vaxt aparır. "
                            "Şəffaflıq prinsipi elə bunun üzərində qurulub: vətəndaşa "
                            "masada deyilən hər şey kartdakı məlumatla üst-üstə "
                            "düşməlidir.</p><p>Oxşar məntiq digər qurumların "
                            "standartlarında da var. Məsələn, Dövlət Vergi Xidmətinin "
                            "xidmət standartları cədvəlində hər xidmət üçün tələblər, "
                            "hüquqi əsas, icra müddəti və nəticə sənədləri ayrıca "
                            "sütunlarda göstərilir.</p>"
                        ),
                    ),
                    ("heading", {"text": "Kartın sahələri", "level": "h3"}),
                    (
                        "text",
                        (
                            "<ul><li><strong>Xidmətin adı</strong>: vətəndaşın tam "
                            "olaraq hansı xidmətə müraciət etdiyini müəyyən edir.</li>"
                            "<li><strong>Tələb olunan sənədlər</strong>: masada "
                            "yoxlanılan siyahı; siyahıda olmayan sənədi tələb "
                            "etməyin.</li><li><strong>Kim müraciət edə bilər</strong>: "
                            "şəxsin özü, notariat qaydasında təsdiq edilmiş etibarnamə "
                            "ilə nümayəndəsi, bəzi xidmətlərdə isə yaxın "
                            "qohumları.</li><li><strong>Dövlət rüsumu və xidmət "
                            "haqqı</strong>: bunlar ayrı-ayrı ödənişlərdir və "
                            "vətəndaşa ayrıca izah olunmalıdır.</li><li><strong>İcra "
                            "müddəti</strong>: çox vaxt pilləli olur, məsələn, 1, 3 və "
                            "ya 10 iş günü; müddət qısaldıqca ödəniş artır.</li>"
                            "<li><strong>Qeyd</strong>: xidmətin hansı mərkəzlərdə "
                            "göstərildiyi və digər xüsusi şərtlər.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "standard",
                            "title": "Yalnız kartın qüvvədə olan versiyasına əsaslanın",
                            "text": (
                                "<p>Rüsum, müddət və sənədlər barədə vətəndaşa "
                                "yaddaşdan deyil, kartın qüvvədə olan versiyasından "
                                "məlumat verin. Məbləğlər və müddətlər dəyişə bilər; "
                                "köhnə məlumat həm şəffaflıq, həm də məsuliyyət "
                                "prinsipini pozur.</p>"
                            ),
                            "source": (
                                "Şəffaflıq və məsuliyyət prinsipləri (Mərkəzlərin "
                                "təşkili və xidmətlərin göstərilməsi Qaydaları "
                                "(Prezidentin 5 sentyabr 2012-ci il tarixli 706 "
                                "nömrəli Fərmanı ilə təsdiq edilib), 1.3-cü bənd)"
                            ),
                        },
                    ),
                    ("heading", {"text": "İki nümunə", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p><strong>Şəxsiyyət vəsiqəsi.</strong> Şəxsiyyət "
                            "vəsiqəsinin verilməsi və dəyişdirilməsi xidmətini Daxili "
                            "İşlər Nazirliyi göstərir. Barmaq izləri və foto masada "
                            "ödənişsiz götürülür. Vəsiqə 10 il etibarlıdır, 55 yaşdan "
                            "yuxarı şəxslərə isə müddətsiz verilir. Rüsum seçilən icra "
                            "müddətindən asılı olduğu üçün vətəndaşdan vəsiqəyə nə "
                            "vaxt ehtiyacı olduğunu soruşun və seçimləri müqayisə "
                            "edərək izah edin.</p><p><strong>Apostil.</strong> Qeyd "
                            "sahəsini həmişə sona qədər oxuyun. Məsələn, apostil "
                            "xidmətinin kartında bu xidmətin yalnız 5 saylı Bakı “ASAN "
                            "xidmət” mərkəzində göstərildiyi yazılıb. Bu sahəyə diqqət "
                            "yetirən əməkdaş vətəndaşı başqa mərkəzə boş yerə "
                            "göndərmir.</p><p><strong>Kartda cavab yoxdursa.</strong> "
                            "Vətəndaşın sualına kartda cavab tapılmırsa, təxmin "
                            "etməyin: xidməti göstərən orqanın əməkdaşından və ya "
                            "rəhbərinizdən dəqiqləşdirin. Kartdakı məlumatın "
                            "köhnəldiyini görsəniz, bu barədə rəhbərliyə xəbər "
                            "verin.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Sənəd siyahısını necə izah etməli",
                            "text": (
                                "<p>Tələb olunan sənədləri bir-bir sadalayın və hər "
                                "birinin vətəndaşda olub-olmadığını birlikdə yoxlayın. "
                                "Çatışmayan sənədlərin siyahısını ona yazılı şəkildə "
                                "verin: evdən nə gətirəcəyini dəqiq bilən vətəndaş "
                                "ikinci dəfə boş yerə gəlmir.</p>"
                            ),
                            "source": "",
                        },
                    ),
                ],
            },
        ],
        "translations": {
            "ru": {
                "title": (
                    "Стандарты обслуживания: пять принципов и поведение с гражданами"
                ),
                "summary": (
                    "Базовый курс о пяти принципах, лежащих в основе работы центров "
                    "«ASAN xidmət», о порядке встречи гражданина и о правильной работе "
                    "с карточкой услуги. Предназначен для всех сотрудников "
                    "информационных стоек и стоек обслуживания."
                ),
                "objectives": (
                    "<ul><li>Назвать пять принципов центров и объяснить, как каждый из "
                    "них проявляется в повседневной работе</li><li>Отличать принципы "
                    "центров от их целей и от собственных принципов Агентства</li>"
                    "<li>Встретить гражданина, выяснить его потребность и вежливо "
                    "завершить обслуживание</li><li>Читать поля карточки услуги и "
                    "правильно объяснять гражданину документы, оплату и срок "
                    "исполнения</li></ul>"
                ),
                "lessons": [
                    {
                        "title": "Пять принципов: основа работы центров",
                        "body": [
                            (
                                "heading",
                                {"text": "Правовая основа принципов", "level": "h2"},
                            ),
                            (
                                "text",
                                (
                                    "<p>Государственное агентство по предоставлению "
                                    "услуг гражданам и социальным инновациям и "
                                    "подведомственные ему центры «ASAN xidmət» созданы "
                                    "Указом Президента Азербайджанской Республики № "
                                    "685 от 13 июля 2012 года. Примерно через два "
                                    "месяца, 5 сентября 2012 года, Указом № 706 были "
                                    "утверждены Положение и структура Агентства, а "
                                    "также Правила организации центров и "
                                    "предоставления услуг. Именно эти Правила "
                                    "определяют, по каким критериям оценивается каждый "
                                    "рабочий процесс в центре и поведение каждого "
                                    "сотрудника.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "legal",
                                    "title": "Пункт 1.3 Правил",
                                    "text": (
                                        "<p>Согласно Правилам, центры строят свою "
                                        "работу на пяти принципах: "
                                        "<strong>оперативность, прозрачность, "
                                        "вежливость, ответственность и "
                                        "удобство</strong>. Какими бы важными ни были "
                                        "другие качества, официальных принципов "
                                        "центров именно пять.</p>"
                                    ),
                                    "source": (
                                        "Правила организации центров и предоставления "
                                        "услуг (утверждены Указом Президента № 706 от "
                                        "5 сентября 2012 года), пункт 1.3"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "Пять принципов в повседневной работе",
                                    "level": "h3",
                                },
                            ),
                            (
                                "text",
                                (
                                    "<ul><li><strong>Оперативность</strong> означает "
                                    "уважение к времени гражданина: не задерживать "
                                    "очередь, полностью проверять документы с первого "
                                    "раза и не допускать, чтобы гражданину без "
                                    "необходимости пришлось прийти повторно.</li>"
                                    "<li><strong>Прозрачность</strong> означает, что "
                                    "гражданин заранее знает стоимость, срок и этапы "
                                    "услуги, а в случае отказа слышит его причину. "
                                    "Неофициальным платежам и услугам «по знакомству» "
                                    "здесь нет места.</li>"
                                    "<li><strong>Вежливость</strong> требует "
                                    "относиться к каждому гражданину с одинаковым "
                                    "уважением, спокойным тоном и вниманием. В "
                                    "официальных англоязычных текстах этот принцип "
                                    "иногда передаётся как «этичное отношение».</li>"
                                    "<li><strong>Ответственность</strong> — это "
                                    "ответственность за точность предоставленной "
                                    "информации и за доведение начатого дела до конца. "
                                    "Признать и исправить свою ошибку — тоже часть "
                                    "этого принципа.</li><li><strong>Удобство</strong> "
                                    "означает, что услуга проста и доступна для "
                                    "гражданина: понятная навигация, комфортные "
                                    "условия ожидания, особое внимание к пожилым "
                                    "гражданам и лицам с инвалидностью.</li></ul>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": (
                                        "Принципы, цели и собственные принципы "
                                        "Агентства"
                                    ),
                                    "level": "h3",
                                },
                            ),
                            (
                                "text",
                                (
                                    "<p>Самая частая ошибка на обучении — путать три "
                                    "разных перечня. Правила отдельно перечисляют "
                                    "<em>цели</em> центров. Среди них — сокращение "
                                    "лишних расходов и потерь времени граждан, этичное "
                                    "и вежливое обращение с ними, повышение уровня "
                                    "профессионализма и укрепление доверия к "
                                    "государственным структурам. Значит, "
                                    "профессионализм, при всей его важности, — не один "
                                    "из пяти принципов, а одна из целей.</p>"
                                    "<p>Положение об Агентстве, в свою очередь, "
                                    "устанавливает другие принципы для самого "
                                    "Агентства как органа: верховенство закона, защита "
                                    "прав и свобод человека, прозрачность, "
                                    "профессионализм и дисциплина в службе. Эти "
                                    "принципы относятся к Агентству, а пять принципов "
                                    "центров каждый день видны непосредственно в "
                                    "общении с гражданином.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Ежедневная самопроверка",
                                    "text": (
                                        "<p>После каждого обслуживания задайте себе "
                                        "пять коротких вопросов: Сберёг ли я время "
                                        "гражданина? Всё ли я ему понятно объяснил? "
                                        "Был ли я вежлив? Выполнил ли я обещанное? "
                                        "Было ли ему удобно?</p>"
                                    ),
                                    "source": "",
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Встреча и обслуживание гражданина",
                        "body": [
                            (
                                "heading",
                                {"text": "Кто чем занимается в центре", "level": "h2"},
                            ),
                            (
                                "text",
                                (
                                    "<p>В центре работают две группы сотрудников. За "
                                    "стойками обслуживания граждан принимают "
                                    "сотрудники государственных органов, оказывающих "
                                    "услуги, например Министерства внутренних дел и "
                                    "Министерства юстиции. Собственные государственные "
                                    "служащие Агентства управляют центром, информируют "
                                    "граждан, регулируют очередь, следят за качеством "
                                    "обслуживания и контролируют соблюдение правил "
                                    "поведения. Информационную службу могут "
                                    "обеспечивать государственные служащие, внештатные "
                                    "сотрудники и волонтёры. Частные партнёры — банки, "
                                    "страховые компании и службы перевода — работают "
                                    "за вспомогательными стойками.</p><p>Гражданин не "
                                    "должен ощущать это разделение: к какой бы стойке "
                                    "он ни подошёл, он ожидает одинакового уровня "
                                    "обслуживания. Тем, кто хочет занять очередь "
                                    "заранее, порекомендуйте мобильное приложение "
                                    "«ASAN xidmət», сайт или Колл-центр 108.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "legal",
                                    "title": "Правила поведения в центрах",
                                    "text": (
                                        "<p>Организацию работы в центрах и поведение "
                                        "работающих в них сотрудников государственных "
                                        "органов регулируют Правила, утверждённые "
                                        "решением Коллегии № 1/1-03 от 6 июня 2013 "
                                        "года. Рекомендации этого урока носят общий "
                                        "характер; конкретные требования Правил "
                                        "уточните у руководства своего центра и во "
                                        "внутренних документах.</p>"
                                    ),
                                    "source": (
                                        "Правила регулирования деятельности и "
                                        "поведения в центрах «ASAN xidmət» (решение "
                                        "Коллегии № 1/1-03 от 6 июня 2013 года)"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {"text": "От приветствия до прощания", "level": "h3"},
                            ),
                            (
                                "procedure",
                                {
                                    "title": "Приём гражданина за стойкой",
                                    "system": "Электронная очередь",
                                    "steps": [
                                        {
                                            "text": (
                                                "<p>Когда номер очереди появится на "
                                                "табло, встретьте гражданина "
                                                "зрительным контактом, поздоровайтесь "
                                                "и назовите своё имя.</p>"
                                            ),
                                        },
                                        {
                                            "text": (
                                                "<p>Выслушайте гражданина, не "
                                                "перебивая, затем своими словами "
                                                "повторите цель обращения: «То есть вы "
                                                "хотите заменить удостоверение "
                                                "личности, верно?»</p>"
                                            ),
                                        },
                                        {
                                            "text": (
                                                "<p>Проверяйте документы на глазах у "
                                                "гражданина. Если чего-то не хватает, "
                                                "скажите об этом сразу и объясните, "
                                                "где это можно получить.</p>"
                                            ),
                                        },
                                        {
                                            "text": (
                                                "<p>До начала операции сообщите размер "
                                                "пошлины, срок исполнения и то, как "
                                                "гражданин получит результат.</p>"
                                            ),
                                        },
                                        {
                                            "text": (
                                                "<p>Во время работы коротко поясняйте, "
                                                "что вы делаете; если ожидание "
                                                "затягивается, назовите причину и "
                                                "примерное время.</p>"
                                            ),
                                        },
                                        {
                                            "text": (
                                                "<p>В конце спросите, остались ли у "
                                                "гражданина другие вопросы, верните "
                                                "документы и вежливо попрощайтесь.</p>"
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "Граждане, которым нужно особое внимание",
                                    "level": "h3",
                                },
                            ),
                            (
                                "text",
                                (
                                    "<p>Для пожилых граждан, лиц с инвалидностью, "
                                    "родителей с детьми и иностранцев, плохо владеющих "
                                    "азербайджанским языком, принцип удобства особенно "
                                    "важен. Говорите не торопясь и простыми словами, "
                                    "при необходимости обратитесь за помощью к "
                                    "информационной стойке или волонтёру. Предлагайте "
                                    "помощь, но не решайте за гражданина: дождитесь "
                                    "его согласия.</p><p>Если гражданин пришёл с "
                                    "сопровождающим, всё равно задавайте вопросы "
                                    "непосредственно самому гражданину. Письменное "
                                    "общение с человеком, который плохо слышит, и "
                                    "возможность ожидать сидя для человека с "
                                    "ограниченной подвижностью значительно облегчают "
                                    "обслуживание.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "standard",
                                    "title": "Не оставляйте гражданина без ответа",
                                    "text": (
                                        "<p>Вместо «Это не моя работа» или «Не знаю» "
                                        "скажите «Я уточню и сообщу вам» — и сдержите "
                                        "слово. Если ответ на вопрос у другой стойки, "
                                        "сами направьте туда гражданина и скажите, к "
                                        "кому обратиться.</p>"
                                    ),
                                    "source": (
                                        "Принципы вежливости и ответственности "
                                        "(Правила, утверждённые Указом № 706, пункт "
                                        "1.3)"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Работа с карточкой услуги",
                        "body": [
                            (
                                "heading",
                                {"text": "Зачем нужна карточка услуги", "level": "h2"},
                            ),
                            (
                                "text",
                                (
                                    "<p>У каждой услуги, оказываемой в центре, есть "
                                    "карточка, опубликованная на сайте Агентства. "
                                    "Карточка даёт гражданину и сотруднику одну и ту "
                                    "же информацию: какие нужны документы, кто может "
                                    "обратиться, сколько нужно заплатить и сколько "
                                    "времени займёт работа. На этом и держится принцип "
                                    "прозрачности: всё, что гражданину говорят за "
                                    "стойкой, должно совпадать с данными карточки.</p>"
                                    "<p>Та же логика есть и в стандартах других "
                                    "ведомств. Например, в таблице стандартов услуг "
                                    "Государственной налоговой службы для каждой "
                                    "услуги в отдельных столбцах указаны требования, "
                                    "правовое основание, срок исполнения и итоговые "
                                    "документы.</p>"
                                ),
                            ),
                            ("heading", {"text": "Поля карточки", "level": "h3"}),
                            (
                                "text",
                                (
                                    "<ul><li><strong>Название услуги</strong>: точно "
                                    "определяет, за какой услугой обратился "
                                    "гражданин.</li><li><strong>Необходимые "
                                    "документы</strong>: перечень, который проверяется "
                                    "за стойкой; не требуйте документов, которых в нём "
                                    "нет.</li><li><strong>Кто может "
                                    "обратиться</strong>: сам человек, его "
                                    "представитель по нотариально заверенной "
                                    "доверенности, а для некоторых услуг — близкие "
                                    "родственники.</li><li><strong>Государственная "
                                    "пошлина и плата за услугу</strong>: это разные "
                                    "платежи, и гражданину их нужно объяснять по "
                                    "отдельности.</li><li><strong>Срок "
                                    "исполнения</strong>: часто бывает ступенчатым, "
                                    "например 1, 3 или 10 рабочих дней; чем короче "
                                    "срок, тем выше плата.</li>"
                                    "<li><strong>Примечание</strong>: в каких центрах "
                                    "оказывается услуга и другие особые "
                                    "условия.</li></ul>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "standard",
                                    "title": (
                                        "Опирайтесь только на действующую версию "
                                        "карточки"
                                    ),
                                    "text": (
                                        "<p>Сообщайте гражданину о пошлине, сроке и "
                                        "документах не по памяти, а по действующей "
                                        "версии карточки. Суммы и сроки могут "
                                        "меняться; устаревшая информация нарушает и "
                                        "принцип прозрачности, и принцип "
                                        "ответственности.</p>"
                                    ),
                                    "source": (
                                        "Принципы прозрачности и ответственности "
                                        "(Правила организации центров и предоставления "
                                        "услуг (утверждены Указом Президента № 706 от "
                                        "5 сентября 2012 года), пункт 1.3)"
                                    ),
                                },
                            ),
                            ("heading", {"text": "Два примера", "level": "h3"}),
                            (
                                "text",
                                (
                                    "<p><strong>Удостоверение личности.</strong> "
                                    "Услугу по выдаче и замене удостоверения личности "
                                    "оказывает Министерство внутренних дел. Отпечатки "
                                    "пальцев и фотографию снимают за стойкой "
                                    "бесплатно. Удостоверение действительно 10 лет, а "
                                    "лицам старше 55 лет выдаётся бессрочно. Поскольку "
                                    "пошлина зависит от выбранного срока исполнения, "
                                    "спросите гражданина, когда ему нужно "
                                    "удостоверение, и объясните варианты, сравнивая "
                                    "их.</p><p><strong>Апостиль.</strong> Всегда "
                                    "дочитывайте поле примечания до конца. Например, в "
                                    "карточке услуги апостиля указано, что она "
                                    "оказывается только в Бакинском центре «ASAN "
                                    "xidmət» № 5. Сотрудник, обращающий внимание на "
                                    "это поле, не отправит гражданина напрасно в "
                                    "другой центр.</p><p><strong>Если в карточке нет "
                                    "ответа.</strong> Если ответа на вопрос гражданина "
                                    "в карточке нет, не гадайте: уточните у сотрудника "
                                    "органа, оказывающего услугу, или у своего "
                                    "руководителя. Если вы заметили, что информация в "
                                    "карточке устарела, сообщите об этом "
                                    "руководству.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Как объяснить перечень документов",
                                    "text": (
                                        "<p>Перечислите необходимые документы по "
                                        "одному и вместе с гражданином проверьте, есть "
                                        "ли у него каждый из них. Список недостающих "
                                        "документов дайте ему в письменном виде: "
                                        "гражданин, который точно знает, что принести "
                                        "из дома, не придёт повторно впустую.</p>"
                                    ),
                                    "source": "",
                                },
                            ),
                        ],
                    },
                ],
            },
        },
    },
    {
        "slug": "sikayetler-ve-cetin-sohbetler",
        "title": "Müraciətlər, şikayətlər və çətin söhbətlər",
        "summary": (
            "Vətəndaş müraciətlərinin qanunla müəyyən edilmiş qəbul, yönləndirmə və "
            "cavab müddətlərini, şikayətin masada düzgün qəbulunu, gərginliyi azaltma "
            "texnikasını və dövlət qulluqçusunun etik davranış qaydalarını öyrədən "
            "kurs."
        ),
        "objectives": (
            "<ul><li>“Vətəndaşların müraciətləri haqqında” Qanunun müraciət "
            "formalarını və əsas müddətlərini (3 və 15 iş günü) tətbiq etmək</li>"
            "<li>Şikayəti masada qəbul etmək, qeydə almaq və vətəndaşı növbəti "
            "addımlar barədə məlumatlandırmaq</li><li>Gərgin söhbətdə beş addımlı "
            "yanaşma ilə vəziyyəti sakitləşdirmək</li><li>2007-ci il etik davranış "
            "qanununun məqsədlərini və meyarlarını gündəlik qərarlarda nəzərə "
            "almaq</li></ul>"
        ),
        "duration_minutes": 85,
        "validity_months": 24,
        "self_enrolment": True,
        "competencies": [("CE-01", 2), ("CE-02", 2), ("CE-03", 2)],
        "lessons": [
            {
                "slug": "muraciet-qanunu",
                "title": "Vətəndaş müraciətləri: qanun və müddətlər",
                "minutes": 20,
                "body": [
                    ("heading", {"text": "Qanunun çərçivəsi", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>Vətəndaşın dövlət orqanına müraciət etmək hüququnun "
                            "necə həyata keçirildiyini “Vətəndaşların müraciətləri "
                            "haqqında” Azərbaycan Respublikasının Qanunu müəyyən edir. "
                            "Qanun 2015-ci il 30 sentyabrda qəbul edilib və "
                            "Prezidentin 2015-ci il 12 noyabr tarixli 672 nömrəli "
                            "Fərmanı ilə tətbiq olunur. O, bütün dövlət orqanlarına "
                            "şamil edildiyi üçün mərkəzdə çalışan hər bir əməkdaş onun "
                            "əsas tələblərini bilməlidir.</p><p>Praktikada müraciətlər "
                            "məzmununa görə təklif, ərizə və ya şikayət kimi "
                            "fərqləndirilir. Qanuna görə müraciət:</p><ul><li>yazılı "
                            "(o cümlədən elektron) və ya şifahi;</li><li>fərdi və ya "
                            "kollektiv;</li><li>şəxsən və ya nümayəndə vasitəsilə "
                            "verilə bilər.</li></ul><p>Bu formaların heç biri "
                            "digərindən “zəif” sayılmır: şifahi deyilən şikayət də "
                            "yazılı ərizə qədər ciddi qəbul edilməlidir.</p>"
                        ),
                    ),
                    ("heading", {"text": "Əsas müddətlər", "level": "h3"}),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Yönləndirmə və cavab müddətləri",
                            "text": (
                                "<p>Müraciətə baxmaq səlahiyyəti olmayan orqan onu "
                                "<strong>3 iş günü</strong> ərzində səlahiyyətli "
                                "orqana göndərməlidir. Müraciətə cavab, bir qayda "
                                "olaraq, <strong>15 iş günü</strong> ərzində verilir. "
                                "Məsələnin əlavə öyrənilməsi tələb olunduqda müddət "
                                "uzadıla bilər; bu hədd çox vaxt 30 iş günü kimi "
                                "göstərilir, lakin uzatmanın şərtlərini qanunun "
                                "qüvvədə olan mətnindən yoxlayın.</p>"
                            ),
                            "source": (
                                "“Vətəndaşların müraciətləri haqqında” Azərbaycan "
                                "Respublikasının Qanunu (30 sentyabr 2015-ci il); "
                                "Prezidentin 12 noyabr 2015-ci il tarixli 672 nömrəli "
                                "Fərmanı"
                            ),
                        },
                    ),
                    (
                        "text",
                        (
                            "<p>Qanun vətəndaşların şəxsi qəbulunu da tənzimləyir: "
                            "qəbul ən azı ayda bir dəfə, əvvəlcədən dərc olunmuş "
                            "qrafik əsasında təşkil edilməlidir. Rəhbərliklə görüşmək "
                            "istəyən vətəndaşa bu qrafiki və qəbula necə yazıla "
                            "biləcəyini göstərin. Şəxsi qəbulda səslənən şifahi "
                            "müraciətin də qeydə alınması vacibdir: qeydə alınmayan "
                            "müraciətin icrasını izləmək mümkün deyil.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "İş günlərini düzgün sayın",
                            "text": (
                                "<p>Müddətlər təqvim günü ilə deyil, iş günü ilə "
                                "hesablanır: şənbə, bazar və qeyri-iş günü sayılan "
                                "bayramlar nəzərə alınmır. Məsələn, cümə günü daxil "
                                "olan və başqa orqanın səlahiyyətinə aid olan "
                                "müraciət, arada bayram olmadıqda, növbəti həftənin "
                                "çərşənbə günündən gec olmayaraq yönləndirilməlidir. "
                                "Müddəti son günə saxlamayın: müraciəti nə qədər tez "
                                "yönləndirsəniz, vətəndaş cavabı bir o qədər tez "
                                "alar.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    ("heading", {"text": "Mərkəzdə müraciət kanalları", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Vətəndaş məlumat almaq, növbə götürmək və müraciət "
                            "etmək üçün 108 Çağrı Mərkəzinə zəng edə bilər. Mərkəzin "
                            "zalında isə narazı vətəndaşı ilk növbədə məlumat "
                            "masasında və növbənin idarə edilməsində çalışan Agentlik "
                            "əməkdaşları qarşılayır. Müraciət hansı kanaldan "
                            "gəlməsindən asılı olmayaraq qeydə alınmalı, vətəndaş isə "
                            "cavabı nə vaxt və necə alacağını bilməlidir.</p><p>Bir "
                            "nümunəyə baxaq. Vətəndaş masada mərkəzdə göstərilməyən, "
                            "başqa orqanın səlahiyyətində olan məsələ ilə bağlı şifahi "
                            "şikayət edir. Əməkdaş onu “bura aid deyil” deyə yola "
                            "salmır: şikayəti qeydə alır, vətəndaşa müraciətin 3 iş "
                            "günü ərzində səlahiyyətli orqana göndəriləcəyini və "
                            "cavabı həmin orqandan alacağını izah edir.</p>"
                        ),
                    ),
                ],
            },
            {
                "slug": "sikayetin-qebulu",
                "title": "Şikayətin masada qəbulu",
                "minutes": 15,
                "body": [
                    (
                        "heading",
                        {
                            "text": "Şikayət xidməti yaxşılaşdırmaq üçün siqnaldır",
                            "level": "h2",
                        },
                    ),
                    (
                        "text",
                        (
                            "<p>Şikayət vətəndaşın sizə verdiyi pulsuz məsləhətdir: o, "
                            "prosesin harasında çatışmazlıq olduğunu göstərir. "
                            "Təsadüfi deyil ki, “ASAN xidmət” indeksi digər dövlət "
                            "orqanlarının xidmətlərini qiymətləndirərkən şikayətlərin "
                            "qəbulu və təhlili mexanizminin olmasını müsbət amil "
                            "sayır. Mərkəzdə də şikayətə dəf edilməli hücum kimi "
                            "deyil, həll olunmalı problem haqqında məlumat kimi "
                            "baxın.</p>"
                        ),
                    ),
                    (
                        "procedure",
                        {
                            "title": "Şikayətin qəbulu",
                            "system": "Mərkəzin müraciət qeydiyyatı",
                            "steps": [
                                {
                                    "text": (
                                        "<p>Vətəndaşı mümkünsə daha sakit yerə dəvət "
                                        "edin və sözünü kəsmədən dinləyin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Faktları dəqiqləşdirin: nə vaxt, hansı "
                                        "masada, hansı xidmət üzrə və nə baş verib.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Şikayətin formasını izah edin: yazılı (o "
                                        "cümlədən elektron) və ya şifahi. Yazılı "
                                        "şikayəti doldurmağa kömək edin, amma mətni "
                                        "vətəndaşın yerinə yazmayın.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Şikayəti qeydə alın, vətəndaşa qeydiyyat "
                                        "məlumatını verin və cavabın, bir qayda "
                                        "olaraq, 15 iş günü ərzində veriləcəyini "
                                        "bildirin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Məsələ başqa orqanın səlahiyyətinə "
                                        "aiddirsə, müraciətin 3 iş günü ərzində həmin "
                                        "orqana göndəriləcəyini izah edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Nəticəni izləyin: vətəndaşa verilən söz "
                                        "yerinə yetirilənədək işi bağlanmış "
                                        "saymayın.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Qeydə nə yazılır", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Yaxşı qeyd sonradan şikayəti araşdıran şəxsin "
                            "vətəndaşı yenidən narahat etməməsinə imkan verir. Qeyddə "
                            "bunlar olmalıdır:</p><ul><li>şikayətin daxil olduğu tarix "
                            "və saat;</li><li>hadisənin baş verdiyi masa və "
                            "xidmət;</li><li>şikayətin qısa və neytral dildə yazılmış "
                            "məzmunu;</li><li>vətəndaşın nə gözlədiyi: izah, düzəliş, "
                            "yoxsa üzr;</li><li>vətəndaşın razılığı ilə onunla əlaqə "
                            "vasitəsi;</li><li>vətəndaşa hansı müddətin "
                            "bildirildiyi.</li></ul><p>Qeydə öz şərhinizi və ya "
                            "emosiyanızı əlavə etməyin, yalnız faktları yazın.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Şikayət qəbul edərkən etməyin",
                            "text": (
                                "<p>Aşağıdakı hərəkətlər vətəndaşın etimadını bir anda "
                                "qırır:</p><ul><li>təmin edə bilməyəcəyiniz nəticəni "
                                "vəd etmək;</li><li>həmkarınızı və ya başqa orqanı "
                                "vətəndaşın yanında günahlandırmaq;</li><li>şikayəti "
                                "qəbul etməkdən imtina etmək və ya vətəndaşı “sonra "
                                "gəlin” deyə yola salmaq;</li><li>mübahisəyə girmək: "
                                "məqsəd haqlı çıxmaq deyil, problemi həll "
                                "etməkdir;</li><li>vətəndaşın şikayətini başqa "
                                "vətəndaşların yanında ucadan müzakirə etmək.</li></ul>"
                            ),
                            "source": "",
                        },
                    ),
                    ("heading", {"text": "Yaxşı cavabın əlamətləri", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Vətəndaşa verilən cavab sadə dildə yazılmalı, "
                            "şikayətin məhz mahiyyətinə toxunmalı, nəyin "
                            "yoxlanıldığını və hansı tədbirin görüldüyünü "
                            "göstərməlidir. Şikayət əsassız çıxsa belə, bunun səbəbini "
                            "hörmətlə izah edin və vətəndaşa başqa hansı imkanlarının "
                            "olduğunu deyin. Hazır şablonlar vaxta qənaət etsə də, "
                            "vətəndaş öz məsələsinin həqiqətən öyrənildiyini hiss "
                            "etməlidir.</p><p>Şikayətlər üzrə qeydlər həm də mərkəz "
                            "rəhbərliyi üçün mənbədir: eyni mövzuda təkrarlanan "
                            "şikayətlər prosesdə sistemli problemin olduğunu göstərir "
                            "və onu aradan qaldırmaq üçün əsas verir. Buna görə hər "
                            "şikayətin, hətta yerindəcə həll olunanın da, qısa qeydi "
                            "aparılmalıdır.</p>"
                        ),
                    ),
                ],
            },
            {
                "slug": "gerginliyin-azaldilmasi",
                "title": "Çətin söhbət: gərginliyin azaldılması",
                "minutes": 20,
                "body": [
                    ("heading", {"text": "Gərginlik haradan yaranır", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>Vətəndaş çox vaxt masaya artıq yorğun gəlir: uzun "
                            "gözləmə, ikinci dəfə gəliş, başa düşmədiyi imtina və ya "
                            "şəxsi çətinlik onu əsəbiləşdirir. Onun qəzəbi adətən sizə "
                            "deyil, vəziyyətə yönəlib. Bunu xatırlamaq əməkdaşa özünü "
                            "müdafiə etmək əvəzinə problemə fokuslanmağa kömək edir. "
                            "Vətəndaşın sözlərini şəxsi təhqir kimi qəbul etməyən "
                            "əməkdaş daha tez həll yolu tapır.</p>"
                        ),
                    ),
                    ("heading", {"text": "Beş addımlı yanaşma", "level": "h3"}),
                    (
                        "text",
                        (
                            "<ol><li><strong>Özünüzü idarə edin.</strong> Səsinizi "
                            "qaldırmayın, yavaş nəfəs alın, açıq bədən dilini "
                            "qoruyun.</li><li><strong>Dinləyin.</strong> Vətəndaşın "
                            "sözünü kəsməyin, başınızla təsdiq edin, əsas faktları "
                            "qeyd edin.</li><li><strong>Hissi tanıyın.</strong> Onun "
                            "narahatlığını adlandırın: “Başa düşürəm, iki dəfə gəlmək "
                            "sizin üçün çətin olub.” Bu, onunla razılaşmaq deyil, "
                            "eşitdiyinizi göstərməkdir.</li><li><strong>İzah edin və "
                            "seçim təklif edin.</strong> Faktları sadə dillə deyin və "
                            "mümkünsə iki real seçim təqdim edin.</li>"
                            "<li><strong>Razılaşın və yekunlaşdırın.</strong> Növbəti "
                            "addımı, onu kimin və nə vaxt atacağını birlikdə "
                            "təsdiqləyin.</li></ol><p>Addımların ardıcıllığı vacibdir: "
                            "özünü idarə etməyən əməkdaş dinləyə bilmir, dinlənilməyən "
                            "vətəndaş isə heç bir izahı qəbul etmir.</p>"
                            "<p><em>Nümunə.</em> Vətəndaş üçüncü dəfə gəlib və əsəbi "
                            "halda sənədinin hələ hazır olmadığını deyir. Əməkdaş "
                            "sakit qalır, vətəndaşı sonadək dinləyir və deyir: “Üç "
                            "dəfə gəlmək həqiqətən yorucudur.” Sonra sənədin hansı "
                            "mərhələdə olduğunu yoxlayır, gecikmənin səbəbini sadə "
                            "dillə izah edir və iki seçim təklif edir: hazır olanda "
                            "zəng almaq və ya müəyyən gündə gəlmək. Vətəndaş birini "
                            "seçir, əməkdaş isə razılaşdırılan addımı qeyd edir.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "İşə yarayan ifadələr",
                            "text": (
                                "<p>“Sakit olun” demək əvəzinə “Gəlin birlikdə baxaq” "
                                "deyin. “Qayda belədir” əvəzinə qaydanın səbəbini izah "
                                "edin. “Mən heç nə edə bilmərəm” əvəzinə “Mənim edə "
                                "biləcəyim budur” deyib konkret addım təklif edin.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Təhlükəsizlik həddi",
                            "text": (
                                "<p>Təhqir, hədə və ya fiziki təhlükə olduqda söhbəti "
                                "nəzakətlə dayandırın, dərhal rəhbərinizə xəbər verin "
                                "və təhlükəsizliyə cavabdeh əməkdaşları çağırın. Heç "
                                "bir standart sizdən təhlükə altında xidməti davam "
                                "etdirməyi tələb etmir.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    ("heading", {"text": "Söhbətdən sonra", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Gərgin söhbət bitdikdən sonra baş verənləri qısa qeyd "
                            "edin və rəhbərinizə məlumat verin: eyni problem başqa "
                            "vətəndaşlarda da təkrarlana bilər. Mümkünsə, növbəti "
                            "vətəndaşı qəbul etməzdən əvvəl bir-iki dəqiqəlik fasilə "
                            "verin. Öz emosiyanızı növbəti vətəndaşa daşımamaq da "
                            "nəzakətlilik prinsipinin bir hissəsidir.</p><p>Çətin "
                            "söhbətləri komanda ilə müzakirə etmək faydalıdır. Qısa "
                            "iclasda nəyin işə yaradığını və nəyin yaramadığını "
                            "paylaşın: bir əməkdaşın tapdığı uğurlu ifadə bütün "
                            "komandanın alətinə çevrilə bilər. Təkrarlanan gərginlik "
                            "səbəbləri, məsələn, eyni sənədin çatışmaması, rəhbərlik "
                            "üçün prosesi dəyişmək siqnalıdır.</p>"
                        ),
                    ),
                ],
            },
            {
                "slug": "etik-davranis",
                "title": "Etik davranış: 2007-ci il qanunu",
                "minutes": 15,
                "body": [
                    ("heading", {"text": "Qanun və onun məqsədləri", "level": "h2"}),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Etik davranış qanunu",
                            "text": (
                                "<p>“Dövlət qulluqçularının etik davranış qaydaları "
                                "haqqında” Azərbaycan Respublikasının Qanunu 2007-ci "
                                "il 31 mayda qəbul edilib (№ 352-IIIQ) və Prezidentin "
                                "2007-ci il 16 avqust tarixli 614 nömrəli Fərmanı ilə "
                                "tətbiq olunur.</p>"
                            ),
                            "source": (
                                "“Dövlət qulluqçularının etik davranış qaydaları "
                                "haqqında” Azərbaycan Respublikasının Qanunu, 31 may "
                                "2007-ci il, № 352-IIIQ"
                            ),
                        },
                    ),
                    (
                        "text",
                        (
                            "<p>Qanunun 2-ci maddəsi onun məqsədlərini göstərir. Qısa "
                            "desək, qanun aşağıdakılara yönəlib:</p><ul><li>dövlət "
                            "orqanlarına etimadı artırmaq;</li><li>dövlət orqanlarının "
                            "işinin səmərəliliyini və şəffaflığını yüksəltmək;</li>"
                            "<li>korrupsiyanın və maraqlar toqquşmasının qarşısını "
                            "almaq;</li><li>vətəndaşlara dövlət qulluqçusundan hansı "
                            "davranışı gözləyə biləcəklərini bildirmək;</li>"
                            "<li>vətəndaşlara dövlət qulluqçularının "
                            "qiymətləndirilməsinə təsir göstərmək imkanı "
                            "yaratmaq.</li></ul><p>Sonuncu məqsəd göstərir ki, qanun "
                            "vətəndaşı dövlət qulluqçusunun işinin "
                            "qiymətləndirilməsində fəal iştirakçı kimi görür.</p>"
                        ),
                    ),
                    ("heading", {"text": "Etik davranış meyarları", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Bu qanun əsasında dövlət orqanlarının hazırladığı "
                            "davranış kodekslərində adətən aşağıdakı meyarlar "
                            "sadalanır: <strong>sədaqət</strong> (dövlətə və xalqa "
                            "xidmətə bağlılıq), <strong>səy</strong> (vəzifəni "
                            "vicdanla və bacarıqla icra etmək), "
                            "<strong>qərəzsizlik</strong> (vətəndaşın kimliyindən "
                            "asılı olmayaraq hamıya eyni yanaşma), "
                            "<strong>aşkarlıq</strong> (qərar və hərəkətlərin açıq, "
                            "izah edilə bilən olması), <strong>məsuliyyət</strong>, "
                            "<strong>loyallıq</strong> və "
                            "<strong>nəzakətlilik</strong>. Məsuliyyət və nəzakətlilik "
                            "mərkəzlərin beş prinsipində də yer alır. Bu meyarlar "
                            "ayrı-ayrılıqda deyil, birlikdə işləyir: məsələn, "
                            "nəzakətli, lakin qərəzli davranış etik sayılmır.</p>"
                        ),
                    ),
                    ("heading", {"text": "Gündəlik etik seçimlər", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Etik sual çox vaxt kiçik vəziyyətlərdə yaranır. "
                            "Tanışınız növbəsiz xidmət istəyir: burada şəxsi maraq "
                            "vəzifə borcu ilə toqquşur, yəni maraqlar toqquşması "
                            "yaranır. Nəzakətlə imtina edin və onu ümumi növbəyə "
                            "yönəldin. Vətəndaş görünüşünə, yaşına və ya danışığına "
                            "görə fərqli münasibət görürsə, qərəzsizlik pozulur. "
                            "Qərarın səbəbini vətəndaşdan gizlətmək isə aşkarlığa "
                            "ziddir.</p><p>Tərəddüd etdiyiniz anda özünüzə üç sual "
                            "verin: Bu hərəkət qanuna və qaydalara uyğundurmu? Eyni "
                            "vəziyyətdə hər vətəndaşa eyni cür davranardımmı? Etdiyimi "
                            "rəhbərimə və vətəndaşa açıq izah edə bilərəmmi? "
                            "Cavablardan biri “xeyr”dirsə, dayanın və "
                            "məsləhətləşin.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Mərkəzdə etik qaydalara nəzarət", "level": "h3"},
                    ),
                    (
                        "text",
                        (
                            "<p>Etik davranış qanunu bütün dövlət qulluqçularına şamil "
                            "olunur. Mərkəzlərdə isə bundan əlavə Kollegiyanın 2013-cü "
                            "il 6 iyun tarixli 1/1-03 nömrəli qərarı ilə təsdiq "
                            "edilmiş davranış Qaydaları tətbiq olunur və orada çalışan "
                            "bütün dövlət orqanlarının əməkdaşlarına aiddir. Bu "
                            "Qaydalara əməl olunmasına Agentliyin öz əməkdaşları "
                            "nəzarət edir. Deməli, masada hansı orqanı təmsil "
                            "etməyinizdən asılı olmayaraq, vətəndaş sizin "
                            "davranışınızı “ASAN xidmət”in davranışı kimi "
                            "qiymətləndirir.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Hədiyyə və “təşəkkür”",
                            "text": (
                                "<p>Vətəndaş xidmətə görə pul, hədiyyə və ya başqa "
                                "“təşəkkür” təklif edərsə, nəzakətlə, amma qətiyyətlə "
                                "imtina edin və bu barədə dərhal rəhbərinizə məlumat "
                                "verin. Kiçik görünən hədiyyə belə xidmətin "
                                "qərəzsizliyinə kölgə salır.</p>"
                            ),
                            "source": (
                                "“Dövlət qulluqçularının etik davranış qaydaları "
                                "haqqında” Azərbaycan Respublikasının Qanunu, 31 may "
                                "2007-ci il, № 352-IIIQ, 2-ci maddə (məqsədlər)"
                            ),
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "asan-login-ve-imza",
        "title": "ASAN Login, ASAN İmza və myGov: masada addım-addım",
        "summary": (
            "Elektron hökumət alətlərinin (e-gov.az, ASAN Login, ASAN İmza, myGov) "
            "fərqini, qeydiyyat və sertifikat alınması addımlarını və masada vətəndaşa "
            "onun məlumatlarının təhlükəsizliyini qoruyaraq kömək etməyi öyrədən "
            "praktiki kurs."
        ),
        "objectives": (
            "<ul><li>e-gov.az, ASAN Login, ASAN İmza və myGov-un təyinatını "
            "fərqləndirmək və vətəndaşa uyğun aləti seçmək</li><li>ASAN İmzanın "
            "Vətəndaş, Biznes və Dövlət sertifikatlarını, onların müddətini və "
            "yenilənməsini izah etmək</li><li>ASAN Login-də qeydiyyat və myGov-dan "
            "istifadə zamanı vətəndaşa addım-addım kömək etmək</li><li>Kömək zamanı "
            "şifrə, kod və FİN-in məxfiliyini qorumaq</li></ul>"
        ),
        "duration_minutes": 85,
        "validity_months": None,
        "self_enrolment": True,
        "competencies": [("EG-01", 2), ("EG-02", 2), ("DP-01", 1)],
        "lessons": [
            {
                "slug": "elektron-hokumet-aletleri",
                "title": "Elektron hökumət alətləri: hansı nə üçündür",
                "minutes": 15,
                "body": [
                    ("heading", {"text": "Dörd alət, bir məqsəd", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>Mərkəzə gələn vətəndaşların çoxu artıq elektron "
                            "xidmətlərdən istifadə edir və ya etmək istəyir. Onlara "
                            "düzgün kömək etmək üçün əməkdaş aşağıdakı alətlərin "
                            "fərqini aydın bilməlidir:</p><ul>"
                            "<li><strong>e-gov.az</strong>: “Elektron hökumət” "
                            "portalı, dövlət orqanlarının elektron xidmətlərinə vahid "
                            "giriş nöqtəsi.</li><li><strong>ASAN Login</strong>: "
                            "mərkəzi autentifikasiya və avtorizasiya sistemi. Vətəndaş "
                            "bir hesabla həm dövlət, həm də qeyri-dövlət portallarına "
                            "daxil olur, yəni “tək giriş” imkanı qazanır.</li>"
                            "<li><strong>ASAN İmza</strong>: mobil telefondakı xüsusi "
                            "SİM kartda saxlanan gücləndirilmiş sertifikatlar "
                            "vasitəsilə şəxsiyyəti elektron təsdiqləmək və sənədləri "
                            "elektron imzalamaq imkanı.</li>"
                            "<li><strong>myGov</strong>: vətəndaşın öz məlumatlarını "
                            "gördüyü və idarə etdiyi şəxsi kabinet.</li></ul>"
                            "<p>e-gov.az portalına ASAN Login vasitəsilə daxil olunur; "
                            "giriş üsulları kimi həm “ASAN İmza”, həm də token və ya "
                            "kart əsaslı “E-imza” təklif edilir. Token əsaslı elektron "
                            "imzanın sertifikatlarını Rəqəmsal İnkişaf və Nəqliyyat "
                            "Nazirliyinin Milli Sertifikasiya Xidmətləri Mərkəzi "
                            "verir.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Elektron imzanın hüquqi əsası",
                            "text": (
                                "<p>Elektron imza və elektron sənədlə bağlı "
                                "münasibətləri 2004-cü ildə qəbul edilmiş “Elektron "
                                "imza və elektron sənəd haqqında” Qanun tənzimləyir. "
                                "ASAN Login və myGov-u isə Prezidentin 2018-ci il 14 "
                                "mart tarixli 1885 nömrəli Fərmanı ilə Agentliyin "
                                "tabeliyində yaradılmış Elektron Hökumətin İnkişafı "
                                "Mərkəzi hazırlayıb.</p>"
                            ),
                            "source": (
                                "“Elektron imza və elektron sənəd haqqında” Qanun "
                                "(2004); Prezidentin 14 mart 2018-ci il tarixli 1885 "
                                "nömrəli Fərmanı"
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": "Vətəndaşın ehtiyacından başlayın", "level": "h3"},
                    ),
                    (
                        "procedure",
                        {
                            "title": "Vətəndaşa uyğun aləti seçmək",
                            "system": "e-gov.az, ASAN Login, ASAN İmza, myGov",
                            "steps": [
                                {
                                    "text": (
                                        "<p>Vətəndaşdan nə etmək istədiyini soruşun: "
                                        "məlumatına baxmaq, ərizə vermək, yoxsa sənəd "
                                        "imzalamaq.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Məqsəd yalnız portala daxil olmaqdırsa, "
                                        "ASAN Login hesabının olub-olmadığını "
                                        "yoxlayın.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Sənəd imzalamaq və ya güclü giriş tələb "
                                        "olunursa, ASAN İmza (və ya E-imza) lazım "
                                        "olduğunu izah edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Vətəndaş öz məlumatlarını və sənədlərinin "
                                        "müddətini izləmək istəyirsə, ona myGov "
                                        "kabinetini tövsiyə edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Seçimi sadə dillə izah edin və atılacaq "
                                        "addımları ona yazılı şəkildə verin.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "text",
                        (
                            "<p>Bir neçə tipik vəziyyət:</p><ul><li>Vətəndaş təhsil "
                            "məlumatlarının düzgün əks olunub-olunmadığını yoxlamaq "
                            "istəyir: ona ASAN Login ilə myGov kabinetinə daxil olmağı "
                            "göstərin.</li><li>Sahibkar şirkətin adından sənəd "
                            "imzalamalıdır: ona Biznes növlü ASAN İmza sertifikatı "
                            "lazımdır.</li><li>Vətəndaş sadəcə portalda ərizənin "
                            "statusuna baxmaq istəyir: çox vaxt ASAN Login hesabı "
                            "kifayətdir.</li></ul><p>Doğru alət seçildikdə vətəndaş "
                            "həm vaxta qənaət edir, həm də lazımsız sertifikat və ya "
                            "hesab üçün əlavə addım atmır.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "standard",
                            "title": "Masada rolunuz: bələdçi",
                            "text": (
                                "<p>Siz vətəndaşa yol göstərirsiniz, amma onun yerinə "
                                "hesab yaratmır, şifrə seçmir və sənəd imzalamırsınız. "
                                "Məlumatları vətəndaş özü daxil edir: bu, həm onun "
                                "hüquqlarını, həm də sizi qoruyur.</p>"
                            ),
                            "source": (
                                "Məsuliyyət prinsipi (706 nömrəli Fərmanla təsdiq "
                                "edilmiş Qaydalar, 1.3-cü bənd)"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "asan-imza",
                "title": "ASAN İmza: sertifikat növləri və əldə edilməsi",
                "minutes": 20,
                "body": [
                    ("heading", {"text": "ASAN İmza necə işləyir", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>ASAN İmza (mobil imza) Dövlət Vergi Xidmətinin mobil "
                            "operatorlarla (Azercell, Bakcell və Nar) birgə göstərdiyi "
                            "xidmətdir. Vətəndaş operatordan xüsusi SİM kart alır, bu "
                            "kartda isə onun şəxsiyyətini təsdiqləyən gücləndirilmiş "
                            "sertifikatlar saxlanılır. Sertifikatları ASAN Sertifikat "
                            "Xidmətləri Mərkəzi (ASXM) verir; bunu vergi xidməti "
                            "mərkəzlərində və ya “ASAN xidmət” mərkəzlərində etmək "
                            "olar.</p><p>ASAN İmza ilə vətəndaş elektron portallara "
                            "güclü girişlə daxil olur və sənədləri məsafədən "
                            "imzalayır. Məhz buna görə sertifikat və onunla bağlı "
                            "gizli kodlar yalnız sahibinə məxsusdur.</p><p>Vətəndaşlar "
                            "çox vaxt ASAN Login ilə ASAN İmzanı qarışdırır. Sadə izah "
                            "belədir: ASAN Login portallara daxil olmaq üçün hesabdır, "
                            "ASAN İmza isə şəxsiyyəti yüksək etibarlılıqla təsdiqləyən "
                            "və sənədi imzalamağa imkan verən vasitədir. ASAN İmza ilə "
                            "ASAN Login-ə güclü girişlə daxil olmaq da mümkündür.</p>"
                        ),
                    ),
                    ("heading", {"text": "Sertifikat növləri", "level": "h3"}),
                    (
                        "text",
                        (
                            "<ul><li><strong>Vətəndaş</strong>: fiziki şəxs kimi öz "
                            "adından elektron xidmətlərdən istifadə və sənəd imzalamaq "
                            "üçün.</li><li><strong>Biznes</strong>: sahibkarlıq "
                            "fəaliyyəti və ya hüquqi şəxsi təmsil etmək üçün.</li>"
                            "<li><strong>Dövlət</strong>: dövlət orqanı əməkdaşının "
                            "xidməti fəaliyyətində istifadəsi üçün.</li></ul>"
                            "<p>Vətəndaşın hansı növə ehtiyacı olduğunu onun "
                            "məqsədindən çıxış edərək müəyyən edin: məsələn, şirkətin "
                            "adından vergi bəyannaməsi imzalayacaq şəxs üçün Biznes "
                            "sertifikatı lazımdır.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "standard",
                            "title": "Müddət və yenilənmə",
                            "text": (
                                "<p>ASAN İmza sertifikatı <strong>3 il</strong> "
                                "etibarlıdır. Onu yeniləmək üçün sertifikatın növünə "
                                "uyğun sözü <strong>8500</strong> nömrəsinə SMS ilə "
                                "göndərmək kifayətdir: Vətəndaş sertifikatı üçün "
                                "“ferdi”, Biznes üçün “biznes”, Dövlət sertifikatı "
                                "üçün isə “dovlet”.</p>"
                            ),
                            "source": (
                                "Dövlət Vergi Xidməti, ASAN İmza məlumat səhifələri"
                            ),
                        },
                    ),
                    ("heading", {"text": "Sertifikatın alınması", "level": "h3"}),
                    (
                        "procedure",
                        {
                            "title": "ASAN İmza sertifikatının alınmasına kömək",
                            "system": "ASAN İmza (ASXM)",
                            "steps": [
                                {
                                    "text": (
                                        "<p>Vətəndaşın mobil operatorlardan birindən "
                                        "(Azercell, Bakcell və ya Nar) ASAN İmza üçün "
                                        "xüsusi SİM kart əldə etdiyini yoxlayın.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Onun şəxsiyyət vəsiqəsinin yanında "
                                        "olduğuna əmin olun və ASXM masasına "
                                        "yönəldin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Vətəndaşla birlikdə lazım olan sertifikat "
                                        "növünü (Vətəndaş, Biznes və ya Dövlət) "
                                        "müəyyənləşdirin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>ASXM əməkdaşı seçilmiş növ üzrə "
                                        "sertifikatı verdikdən sonra vətəndaşa gizli "
                                        "kodları heç kimlə, o cümlədən mərkəz "
                                        "əməkdaşları ilə bölüşməməyi xatırladın.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Sertifikatın 3 il etibarlı olduğunu və "
                                        "8500 nömrəsinə SMS göndərməklə yenilənə "
                                        "bildiyini izah edin.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Kodlar yalnız vətəndaşındır",
                            "text": (
                                "<p>Vətəndaş xahiş etsə belə, onun kodunu soruşmayın, "
                                "telefonunda kodu onun yerinə daxil etməyin və sənədi "
                                "onun adından imzalamayın. Elektron imza əl imzası "
                                "kimi şəxsidir: başqasının yerinə atılan imza ciddi "
                                "pozuntudur. Telefonunu və ya SİM kartını itirən "
                                "vətəndaşa bunu dərhal mobil operatoruna bildirməyi "
                                "tövsiyə edin.</p>"
                            ),
                            "source": "",
                        },
                    ),
                ],
            },
            {
                "slug": "asan-login",
                "title": "ASAN Login: qeydiyyat və giriş",
                "minutes": 15,
                "body": [
                    ("heading", {"text": "Tək giriş sistemi", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>ASAN Login (asanlogin.my.gov.az) dövlət və "
                            "qeyri-dövlət portallarında istifadəçinin kimliyini "
                            "yoxlayan və ona giriş icazəsi verən mərkəzi sistemdir. "
                            "Vətəndaş hər portal üçün ayrıca hesab yaratmır: bir dəfə "
                            "qeydiyyatdan keçir və eyni hesabla müxtəlif xidmətlərə "
                            "daxil olur.</p><p>Qeydiyyat zamanı vətəndaşın şəxsiyyət "
                            "vəsiqəsindəki fərdi identifikasiya nömrəsindən (FİN) "
                            "istifadə olunur. Güclü giriş, yəni şəxsiyyətin yüksək "
                            "etibarlılıqla təsdiqi isə gücləndirilmiş elektron imza, "
                            "məsələn, ASAN İmza ilə həyata keçirilir.</p><p>Sistemin "
                            "miqyası böyükdür: 2020-ci ilin aprelinə olan məlumata "
                            "görə ASAN Login-in təxminən 856 min istifadəçisi var idi, "
                            "həmin il karantin dövründə isə bir gündə 95 914 qeydiyyat "
                            "aparılmışdı.</p>"
                        ),
                    ),
                    ("heading", {"text": "Adi və güclü giriş", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Adi girişdə vətəndaş hesabına şifrə ilə daxil olur. "
                            "Güclü girişdə isə onun kimliyi gücləndirilmiş elektron "
                            "imza ilə təsdiqlənir. Həssas məlumatlara baxmaq və ya "
                            "sənəd imzalamaq tələb edən xidmətlər üçün güclü giriş "
                            "daha etibarlıdır, ona görə ASAN İmzası olan vətəndaşa bu "
                            "imkanı izah etmək faydalıdır.</p><p>Tək giriş sisteminin "
                            "təhlükəsizlik üstünlüyü də var: vətəndaş onlarla şifrəni "
                            "yadda saxlamaq əvəzinə bir hesabı yaxşı qoruyur. Ona bu "
                            "şifrəni başqa saytlarda istifadə etməməyi və heç kimlə "
                            "bölüşməməyi tövsiyə edin.</p>"
                        ),
                    ),
                    ("heading", {"text": "Qeydiyyata kömək", "level": "h3"}),
                    (
                        "procedure",
                        {
                            "title": "ASAN Login hesabının yaradılmasına kömək",
                            "system": "ASAN Login (asanlogin.my.gov.az)",
                            "steps": [
                                {
                                    "text": (
                                        "<p>Vətəndaşın şəxsiyyət vəsiqəsinin yanında "
                                        "olduğunu və FİN-i özünün görə bildiyini "
                                        "yoxlayın.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Vətəndaşa asanlogin.my.gov.az ünvanını öz "
                                        "telefonunda və ya kompüterində açmağı təklif "
                                        "edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Qeydiyyat bölməsini göstərin; FİN-i və "
                                        "portalın istədiyi digər məlumatları vətəndaş "
                                        "özü daxil edir.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Şifrəni vətəndaş özü seçir; bu zaman "
                                        "ekrana baxmayın və şifrəni yazıb saxlamağı "
                                        "təklif etməyin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Portalın göstərdiyi təsdiqləmə addımlarını "
                                        "tamamlamağa kömək edin. ASAN İmzası olan "
                                        "vətəndaşa güclü girişin üstünlüyünü izah "
                                        "edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>İş bitdikdə, xüsusən ümumi istifadə olunan "
                                        "cihazda, hesabdan “Çıxış” etməyi "
                                        "xatırladın.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "text",
                        (
                            "<p>Qeydiyyat alınmırsa, əvvəlcə vətəndaşla birlikdə "
                            "məlumatların düzgün daxil edilib-edilmədiyini yoxlayın. "
                            "Problem davam edərsə, onu portalın rəsmi dəstək "
                            "kanallarına yönəldin. Vətəndaşın hesabını öz "
                            "cihazınızdan, öz telefon nömrənizlə və ya öz e-poçtunuzla "
                            "yaratmağa heç vaxt cəhd etməyin: hesab yalnız onun "
                            "sahibinə bağlı olmalıdır.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Tez-tez verilən sual",
                            "text": (
                                "<p>Vətəndaş soruşur: “Hər sayt üçün ayrıca "
                                "qeydiyyatdan keçməliyəmmi?” Cavab: ASAN Login-ə "
                                "qoşulmuş portallarda eyni hesab işləyir, ona görə də "
                                "bir dəfə düzgün qeydiyyatdan keçmək kifayətdir.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "FİN və şifrə",
                            "text": (
                                "<p>FİN-i ucadan oxumayın, vətəndaşın şifrəsini "
                                "soruşmayın və onu heç yerdə qeyd etməyin. Vətəndaşın "
                                "hesabına xidmət kompüterinizdən onun adından daxil "
                                "olmayın.</p>"
                            ),
                            "source": "",
                        },
                    ),
                ],
            },
            {
                "slug": "mygov-masada",
                "title": "myGov və masada vətəndaşa kömək",
                "minutes": 20,
                "body": [
                    (
                        "heading",
                        {"text": "myGov: proaktiv elektron hökumət", "level": "h2"},
                    ),
                    (
                        "text",
                        (
                            "<p>myGov (my.gov.az) vətəndaşın şəxsi kabinetidir. Onun "
                            "məqsədi reaktiv elektron hökumətdən proaktiv elektron "
                            "hökumətə keçməkdir: vətəndaş dövlətin qapısını döyməzdən "
                            "əvvəl dövlət onu lazımi məlumatla təmin edir. Kabinetin "
                            "əsas imkanları bunlardır:</p><ol><li>vətəndaş öz şəxsi, "
                            "maliyyə və təhsil məlumatlarını görür;</li><li>məlumat "
                            "dəyişdikdə və ya sənədin müddəti bitməyə yaxınlaşdıqda "
                            "SMS, e-poçt və kabinet daxilində bildiriş alır;</li>"
                            "<li>onun məlumatları üçüncü tərəflərə yalnız özü "
                            "təsdiqlədikdən sonra ötürülür;</li><li>kabinetdəki bütün "
                            "əməliyyatlar fəaliyyət jurnalında əks olunur.</li></ol>"
                            "<p>myGov-da bəzi xidmətlər həyat hadisələri kimi təqdim "
                            "olunur, məsələn, “Ailə qurmaq”. Belə xidmətlərin "
                            "gedişatını vətəndaş status vasitəsilə izləyir: iş "
                            "bitdikdə status “Tamamlanıb” olur.</p>"
                        ),
                    ),
                    ("heading", {"text": "Masada addım-addım kömək", "level": "h3"}),
                    (
                        "procedure",
                        {
                            "title": "Vətəndaşa myGov-da məlumat tapmağa kömək",
                            "system": "myGov (my.gov.az)",
                            "steps": [
                                {
                                    "text": (
                                        "<p>Vətəndaşdan öz cihazında ASAN Login "
                                        "vasitəsilə myGov-a daxil olmasını xahiş "
                                        "edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Axtardığı məlumatın hansı bölmədə olduğunu "
                                        "birlikdə müəyyən edin: şəxsi, maliyyə və ya "
                                        "təhsil məlumatları.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Bildiriş kanallarını (SMS və e-poçt) "
                                        "yoxlamağı tövsiyə edin ki, sənədinin müddəti "
                                        "bitməzdən əvvəl xəbər tutsun.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Üçüncü tərəfin məlumat sorğusu varsa, onu "
                                        "yalnız vətəndaşın özünün təsdiqləyə "
                                        "biləcəyini izah edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Kabinetdə edilən əməliyyatları fəaliyyət "
                                        "jurnalında necə görəcəyini göstərin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Sonda hesabdan çıxmağı və cihazı "
                                        "kilidləməyi xatırladın.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Masada elektron xidmətə kömək: qızıl qaydalar",
                            "level": "h3",
                        },
                    ),
                    (
                        "text",
                        (
                            "<ul><li>Vətəndaşın telefonunu yalnız onun icazəsi ilə və "
                            "onun gözü qarşısında əlinizə alın.</li><li>Şifrəni, ASAN "
                            "İmza kodlarını və birdəfəlik kodları soruşmayın.</li>"
                            "<li>Vətəndaşın ekranının şəklini çəkməyin, məlumatlarını "
                            "öz qeydlərinizə köçürməyin.</li><li>Hər addımı izah edin "
                            "ki, vətəndaş növbəti dəfə özü bacarsın.</li></ul>"
                            "<p><em>Nümunə.</em> Vətəndaş myGov-dan şəxsiyyət "
                            "vəsiqəsinin müddətinin bitməyə yaxınlaşdığı barədə "
                            "bildiriş alıb və nə edəcəyini soruşur. Ona növbəni “ASAN "
                            "xidmət” mobil tətbiqi, internet saytı və ya 108 Çağrı "
                            "Mərkəzi vasitəsilə əvvəlcədən götürə biləcəyini və xidmət "
                            "kartında tələb olunan sənədləri yoxlamağı izah edin. "
                            "Proaktiv bildiriş məhz belə işləyir: vətəndaş vəsiqəsinin "
                            "vaxtı keçməmiş hərəkətə keçir.</p><p>Bu yanaşma "
                            "vətəndaşın öz məlumatları üzərində nəzarətini də "
                            "gücləndirir: o, məlumatlarının kimə ötürüldüyünü özü "
                            "təsdiqləyir və jurnalda hər əməliyyatı görür.</p>"
                            "<p>Fəaliyyət jurnalında tanımadığı əməliyyat görən "
                            "vətəndaşa dərhal şifrəsini dəyişməyi və rəsmi dəstək "
                            "kanallarına müraciət etməyi tövsiyə edin.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "standard",
                            "title": "Rahatlıq və şəffaflıq birlikdə",
                            "text": (
                                "<p>Elektron xidmətə kömək yalnız problemi həll etmək "
                                "deyil, vətəndaşı müstəqil etməkdir. Nə etdiyinizi "
                                "göstərmək şəffaflığa, onun vaxtına və cihazına hörmət "
                                "isə rahatlıq prinsipinə uyğundur. Növbəti dəfə işi "
                                "evdən özü görə bilən vətəndaş həm öz, həm də "
                                "başqalarının vaxtına qənaət edir.</p>"
                            ),
                            "source": (
                                "Mərkəzlərin beş prinsipi (706 nömrəli Fərmanla təsdiq "
                                "edilmiş Qaydalar, 1.3-cü bənd)"
                            ),
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "ferdi-melumatlarin-qorunmasi",
        "title": "Fərdi məlumatların qorunması: masada məxfilik",
        "summary": (
            "“Fərdi məlumatlar haqqında” Qanunun əsas anlayışlarını, razılıq və "
            "məlumat ötürmə qaydalarını, xidmət masasında gündəlik məxfilik "
            "vərdişlərini və pozuntu zamanı düzgün reaksiyanı öyrədən məcburi kurs."
        ),
        "objectives": (
            "<ul><li>Fərdi məlumatı, onun kateqoriyalarını və xüsusi həssas məlumat "
            "növlərini tanımaq</li><li>Subyekt, mülkiyyətçi, operator və istifadəçi "
            "anlayışlarını fərqləndirmək</li><li>Razılığın məzmununu və üçüncü "
            "tərəflərə ötürmə şərtlərini izah etmək</li><li>Masada məxfiliyi qorumaq "
            "və pozuntu halında düzgün addımları atmaq</li></ul>"
        ),
        "duration_minutes": 75,
        "validity_months": 12,
        "self_enrolment": False,
        "competencies": [("DP-01", 2), ("DP-02", 2)],
        "lessons": [
            {
                "slug": "ferdi-melumat-nedir",
                "title": "Fərdi məlumat nədir: qanun və əsas anlayışlar",
                "minutes": 15,
                "body": [
                    ("heading", {"text": "Hüquqi əsas", "level": "h2"}),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Fərdi məlumatlar haqqında qanunvericilik",
                            "text": (
                                "<p>Bu sahədə əsas akt 2010-cu il 11 may tarixli, "
                                "998-IIIQ nömrəli “Fərdi məlumatlar haqqında” "
                                "Qanundur. Azərbaycan bundan əvvəl, 2009-cu il 30 "
                                "sentyabr tarixli 879-IIIQ nömrəli Qanunla Avropa "
                                "Şurasının fərdi məlumatların qorunmasına dair 108 "
                                "nömrəli Konvensiyasına qoşulub. Barmaq izi və foto "
                                "kimi məlumatlara isə 2008-ci il 13 iyun tarixli "
                                "651-IIIQ nömrəli “Biometrik informasiya haqqında” "
                                "Qanun da aiddir.</p>"
                            ),
                            "source": (
                                "“Fərdi məlumatlar haqqında” Azərbaycan "
                                "Respublikasının Qanunu, 11 may 2010-cu il, № 998-IIIQ"
                            ),
                        },
                    ),
                    (
                        "text",
                        (
                            "<p>Qanunun məntiqi sadədir: şəxsi birbaşa və ya dolayısı "
                            "ilə müəyyənləşdirməyə imkan verən istənilən məlumat fərdi "
                            "məlumatdır. Mərkəzdə biz hər gün belə məlumatlarla "
                            "işləyirik: ad, soyad və ata adı, FİN, şəxsiyyət "
                            "vəsiqəsinin seriyası və nömrəsi, ünvan, telefon nömrəsi, "
                            "foto və barmaq izləri. Tək başına zərərsiz görünən "
                            "məlumat başqa məlumatla birləşəndə şəxsi tanımağa imkan "
                            "verə bilər; buna görə “dolayısı ilə” sözü vacibdir.</p>"
                            "<p>Hər məlumat isə fərdi deyil. Mərkəzin iş qrafiki, "
                            "xidmət kartı və rüsumların məbləği heç kimi "
                            "müəyyənləşdirmir. Lakin növbə nömrəsi vətəndaşın adı ilə "
                            "birlikdə ekrana çıxarılarsa, bu artıq fərdi məlumatdır. "
                            "Şəxsiyyət vəsiqəsi üçün masada götürülən barmaq izləri və "
                            "foto biometrik məlumatdır və xüsusi ehtiyat tələb "
                            "edir.</p>"
                        ),
                    ),
                    ("heading", {"text": "Əsas iştirakçılar", "level": "h3"}),
                    (
                        "text",
                        (
                            "<ul><li><strong>Subyekt</strong>: məlumatın aid olduğu "
                            "şəxs, məsələn, masaya yaxınlaşan vətəndaş.</li>"
                            "<li><strong>Mülkiyyətçi</strong>: məlumatların sahibi, "
                            "onların hansı məqsədlə və necə emal olunmasına cavabdeh "
                            "olan tərəf.</li><li><strong>Operator</strong>: "
                            "mülkiyyətçinin adından məlumatı toplayan, emal edən və "
                            "saxlayan tərəf.</li><li><strong>İstifadəçi</strong>: "
                            "məlumatdan ona icazə verilmiş həcmdə istifadə edən şəxs. "
                            "Masa arxasındakı əməkdaş məhz bu həddə bağlıdır.</li></ul>"
                            "<p>Məsələn, vətəndaş şəxsiyyət vəsiqəsi üçün müraciət "
                            "edəndə subyekt odur, onun məlumatlarını sistemə daxil "
                            "edən masa əməkdaşı isə istifadəçi kimi çıxış edir.</p>"
                        ),
                    ),
                    ("heading", {"text": "Məlumatın kateqoriyaları", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Qanun fərdi məlumatları iki kateqoriyaya bölür: "
                            "<strong>konfidensial</strong> və <strong>açıq</strong>. "
                            "Subyekt öz məlumatını özü açıq kateqoriyaya keçirə bilər; "
                            "qalan hallarda məlumata konfidensial kimi yanaşın. Bəzi "
                            "məlumatlar isə xüsusi həssasdır: irqi və ya milli "
                            "mənsubiyyət, ailə həyatı, dini etiqad və əqidə, sağlamlıq "
                            "və məhkumluq haqqında məlumatlar. Məsələn, məhkumluq "
                            "barədə arayış istəyən vətəndaşın məlumatı zalda "
                            "səsləndirilməməlidir.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Qanunvericilik yenilənir",
                            "text": (
                                "<p>2026-cı ilin martına olan məlumata görə, Avropa "
                                "təcrübəsinə əsaslanan yeni “Fərdi məlumatın "
                                "mühafizəsi haqqında” Qanunun 2026-cı ildə qüvvəyə "
                                "minəcəyi gözlənilir. O, 2010-cu il qanununu əvəz "
                                "edəcək; yeni tələblər barədə Təlim sektorunun "
                                "bildirişlərini izləyin.</p>"
                            ),
                            "source": (
                                "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi yanında "
                                "Elektron Təhlükəsizlik Xidmətinin nümayəndəsinin "
                                "açıqlaması, 12 mart 2026"
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "raziliq-ve-oturme",
                "title": "Razılıq və məlumatların ötürülməsi",
                "minutes": 15,
                "body": [
                    ("heading", {"text": "Razılıq nə vaxt lazımdır", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>Fərdi məlumatların toplanması və emalı üçün, bir qayda "
                            "olaraq, subyektin yazılı razılığı tələb olunur. Razılıq "
                            "kağız üzərində və ya gücləndirilmiş elektron imza ilə "
                            "imzalanmış elektron sənəd şəklində verilə bilər. Məlumat "
                            "açıq kateqoriyaya aid olduqda və ya qanunun nəzərdə "
                            "tutduğu istisna hallarda razılıq tələb olunmaya bilər, "
                            "lakin istisnanın olub-olmadığına əməkdaş özbaşına deyil, "
                            "təsdiq olunmuş qaydalara əsasən qərar verir.</p>"
                            "<p>Razılığı istəyərkən vətəndaşa onun nə üçün lazım "
                            "olduğunu aydın izah edin və ona düşünmək imkanı verin: "
                            "təzyiq altında alınan razılıq etimadı sarsıdır.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "legal",
                            "title": "Razılıqda nə göstərilir",
                            "text": (
                                "<p>Düzgün tərtib olunmuş razılıqda altı məsələ öz "
                                "əksini tapır:</p><ol><li>subyektin kim olduğu;</li>"
                                "<li>mülkiyyətçinin və ya operatorun kim olduğu;</li>"
                                "<li>emalın məqsədi;</li><li>məlumatların siyahısı və "
                                "onlarla aparılacaq əməliyyatlar;</li><li>razılığın "
                                "qüvvədə olduğu müddət və ondan necə imtina "
                                "ediləcəyi;</li><li>məlumatların silinməsi və ya "
                                "arxivə verilməsi şərtləri.</li></ol>"
                            ),
                            "source": (
                                "“Fərdi məlumatlar haqqında” Azərbaycan "
                                "Respublikasının Qanunu, 11 may 2010-cu il, № 998-IIIQ"
                            ),
                        },
                    ),
                    ("heading", {"text": "Üçüncü tərəflərə ötürmə", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Məlumatın üçüncü tərəfə verilməsi də subyektin "
                            "razılığını tələb edir. Məlumatın xaricə ötürülməsinə isə, "
                            "subyektin razılığı olmadıqda, yalnız fərdi məlumatların "
                            "kifayət qədər qorunduğu ölkələrə icazə verilir. Eyni "
                            "yanaşma myGov-da da görünür: vətəndaşın məlumatı üçüncü "
                            "tərəfə yalnız onun təsdiqindən sonra ötürülür.</p>"
                            "<p>Masada bu qayda çox konkret vəziyyətlərdə sınanır. "
                            "Qohumu və ya qonşusu haqqında məlumat istəyən şəxsə, bu, "
                            "xidmət kartında nəzərdə tutulmayıbsa, məlumat verilmir: "
                            "başqasının adından müraciət üçün notariat qaydasında "
                            "təsdiq edilmiş etibarnamə və ya kartda göstərilən digər "
                            "əsas lazımdır.</p><p>Üçüncü tərəf təkcə kənar şəxs deyil. "
                            "Mərkəzdə köməkçi xidmət göstərən bank və ya sığorta "
                            "şirkətinin əməkdaşı vətəndaş haqqında məlumat istəsə, bu "
                            "da üçüncü tərəfə ötürmədir. Belə sorğuya cavab olaraq "
                            "lazımi məlumatı banka vətəndaşın özü təqdim edir; siz "
                            "xidmət sistemindəki məlumatı ötürmürsünüz.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "İnformasiya sistemlərinin qeydiyyatı", "level": "h3"},
                    ),
                    (
                        "text",
                        (
                            "<p>Fərdi məlumatların saxlandığı informasiya sistemləri "
                            "dövlət qeydiyyatına alınmalıdır. Bu sahədə tənzimləyici "
                            "orqan hazırda Rəqəmsal İnkişaf və Nəqliyyat Nazirliyidir. "
                            "Əməkdaş üçün praktiki nəticə budur: vətəndaş məlumatları "
                            "yalnız rəsmi, icazəli sistemlərdə saxlanılır, şəxsi "
                            "cədvəllərdə, mesajlaşma tətbiqlərində və ya qeydiyyatsız "
                            "fayllarda deyil. Yeni cədvəl və ya fayl yaratmaq ehtiyacı "
                            "yaranarsa, bunu əvvəlcə rəhbərlik və İT şöbəsi ilə "
                            "razılaşdırın.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Sadə yoxlama sualı",
                            "text": (
                                "<p>Hər hansı məlumatı ötürməzdən əvvəl özünüzdən "
                                "soruşun: Bu məlumatın sahibi onun kimə və nə üçün "
                                "verildiyini bilirmi və buna razıdırmı? Cavab "
                                "“bilmirəm”dirsə, ötürməyin və rəhbərinizlə "
                                "məsləhətləşin.</p>"
                            ),
                            "source": "",
                        },
                    ),
                ],
            },
            {
                "slug": "masada-mexfilik",
                "title": "Masada məxfilik: gündəlik təcrübə",
                "minutes": 20,
                "body": [
                    ("heading", {"text": "Açıq zal, qorunan məlumat", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>“ASAN xidmət” mərkəzlərinin zalları açıq planlıdır, "
                            "masalar şüşə arakəsmələrlə ayrılır: bu, şəffaflığın "
                            "görünən simvoludur. Lakin açıq məkan məlumatın da "
                            "asanlıqla eşidilməsi və görünməsi deməkdir. Buna görə "
                            "xidmətin şəffaflığı ilə vətəndaşın məlumatının məxfiliyi "
                            "arasında tarazlığı hər əməkdaş öz masasında qoruyur. "
                            "Bunlar bir-birinə zidd deyil: vətəndaş xidmətin necə "
                            "getdiyini açıq görür, amma başqalarının məlumatını "
                            "görmür.</p>"
                        ),
                    ),
                    ("heading", {"text": "Gündəlik vərdişlər", "level": "h3"}),
                    (
                        "text",
                        (
                            "<ul><li>Monitoru elə yerləşdirin ki, ekran növbədə "
                            "gözləyənlərə görünməsin.</li><li>Masadan qısa müddətə "
                            "belə uzaqlaşanda ekranı kilidləyin.</li><li>FİN-i, ünvanı "
                            "və digər şəxsi məlumatları ucadan oxumayın; yoxlamaq üçün "
                            "vətəndaşa ekranda və ya kağızda göstərin.</li>"
                            "<li>Sənədləri masada açıq qoymayın, əvvəlki vətəndaşın "
                            "sənədləri növbəti vətəndaşın gözü qarşısında "
                            "qalmasın.</li><li>Surətləri yalnız xidmət üçün lazım olan "
                            "qədər çıxarın, artıq surətləri müəyyən edilmiş qaydada "
                            "məhv edin.</li></ul>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Nə etmək olmaz",
                            "text": (
                                "<p>Aşağıdakılar qəti qadağandır:</p><ul>"
                                "<li>Tanışların, qonşuların və ya tanınmış şəxslərin "
                                "məlumatlarına maraq üçün baxmaq.</li><li>Vətəndaşın "
                                "sənədinin şəklini şəxsi telefonla çəkmək və ya "
                                "mesajlaşma tətbiqi ilə göndərmək.</li><li>Telefonla "
                                "zəng edib özünü qohum kimi təqdim edən şəxsə vətəndaş "
                                "barədə məlumat vermək.</li><li>Təlim, test və ya "
                                "nümayiş üçün real FİN, sənəd nömrəsi və telefon "
                                "nömrəsindən istifadə etmək: bunun üçün açıq-aşkar "
                                "uydurma nümunələr seçin.</li><li>Çap olunmuş sənədi "
                                "printerdə və ya masada unutmaq.</li></ul>"
                            ),
                            "source": "",
                        },
                    ),
                    ("heading", {"text": "Ünsiyyətdə məxfilik", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Məxfilik yalnız ekran və kağızla bağlı deyil. "
                            "Vətəndaşla zalda onun vəziyyəti barədə danışanda səsinizi "
                            "elə tənzimləyin ki, yalnız o eşitsin. Sənədləri "
                            "qaytarmazdan əvvəl hər birinin məhz bu vətəndaşa aid "
                            "olduğunu yoxlayın. Həmkarla vətəndaşın işini yalnız "
                            "xidmət zərurəti olduqda və başqalarının eşitmədiyi yerdə "
                            "müzakirə edin.</p><p>Sistemə giriş hüququnuz varsa, bu, "
                            "oradakı hər məlumata baxmaq icazəsi demək deyil. Yalnız "
                            "qarşınızdakı vətəndaşa göstərilən xidmət üçün lazım olan "
                            "məlumatı açın: istifadəçi kimi sizə verilmiş icazənin "
                            "həddi elə budur.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Təlim və nümayiş üçün uydurma məlumat",
                            "text": (
                                "<p>Təlimdə, test mühitində və ya həmkara nümunə "
                                "göstərəndə real vətəndaşın məlumatından istifadə "
                                "etməyin. “DEMO001” kimi açıq-aşkar saxta FİN və “Test "
                                "Vətəndaş” kimi uydurma ad seçin ki, heç kim onu real "
                                "şəxslə qarışdırmasın.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    ("heading", {"text": "İş gününün sonu", "level": "h3"}),
                    (
                        "procedure",
                        {
                            "title": "İş gününün sonunda məxfilik yoxlaması",
                            "system": "İş yeri",
                            "steps": [
                                {
                                    "text": (
                                        "<p>Bütün sistemlərdən çıxış edin və kompüteri "
                                        "kilidləyin və ya söndürün.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Printerdə və skanerdə sənəd qalmadığını "
                                        "yoxlayın.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Masada və siyirmələrdə vətəndaş "
                                        "sənədlərinin açıq qalmadığına əmin olun.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Artıq surətləri müəyyən edilmiş qaydada "
                                        "məhv edin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Vətəndaşın unutduğu sənədləri qeydə alaraq "
                                        "rəhbərinizə təhvil verin.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "pozuntu-halinda",
                "title": "Pozuntu halında düzgün reaksiya",
                "minutes": 10,
                "body": [
                    ("heading", {"text": "Pozuntu nədir", "level": "h2"}),
                    (
                        "text",
                        (
                            "<p>Fərdi məlumatın icazəsiz şəxsin əlinə keçməsi, itməsi "
                            "və ya səhvən başqasına göstərilməsi pozuntudur. Mərkəzdə "
                            "bu, adətən, gündəlik xırda səhvlərdən yaranır: sənəd "
                            "başqa vətəndaşa verilir, arayış səhv ünvana göndərilir, "
                            "ekran açıq qalır, zalda kimsə başqasının məlumatını "
                            "eşidir. Səhv hər kəsdə ola bilər; vacib olan ona necə "
                            "reaksiya verməyinizdir.</p><p>Pozuntu yalnız elektron "
                            "sistemlərdə baş vermir: unudulmuş kağız sənəd, yüksək "
                            "səslə oxunan FİN və ya açıq qalan qovluq da eyni dərəcədə "
                            "ciddi nəticələr doğura bilər.</p>"
                        ),
                    ),
                    (
                        "procedure",
                        {
                            "title": "Pozuntu aşkar edildikdə",
                            "system": "Mərkəzin daxili bildiriş qaydası",
                            "steps": [
                                {
                                    "text": (
                                        "<p>Pozuntunu dayandırın: sənədi geri alın, "
                                        "ekranı bağlayın, səhv göndərişi dayandırmağa "
                                        "çalışın.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Dərhal bilavasitə rəhbərinizə məlumat "
                                        "verin.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Nə baş verdiyini, nə vaxt və hansı "
                                        "məlumatın təsirləndiyini qısa və dəqiq "
                                        "yazın.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Heç bir qeydi, faylı və ya izi silməyin: "
                                        "onlar araşdırma üçün lazımdır.</p>"
                                    ),
                                },
                                {
                                    "text": (
                                        "<p>Vətəndaşla əlaqəni rəhbərliyin göstərişinə "
                                        "uyğun qurun və ona nə edildiyini dürüst izah "
                                        "edin.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "standard",
                            "title": "Səhvi gizlətmək ikinci səhvdir",
                            "text": (
                                "<p>Məsuliyyət prinsipi səhvi etiraf edib düzəltməyi "
                                "tələb edir. Vaxtında bildirilən pozuntunun zərəri çox "
                                "vaxt məhdudlaşdırıla bilər, gizlədilən pozuntu isə "
                                "həm vətəndaşa, həm də mərkəzin nüfuzuna daha böyük "
                                "ziyan vurur.</p>"
                            ),
                            "source": (
                                "Məsuliyyət prinsipi (706 nömrəli Fərmanla təsdiq "
                                "edilmiş Qaydalar, 1.3-cü bənd)"
                            ),
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Bildirişdə nə yazılır",
                            "text": (
                                "<p>Qısa bildiriş beş suala cavab verməlidir: nə baş "
                                "verdi, nə vaxt baş verdi, hansı məlumat təsirləndi, "
                                "hansı vətəndaşlar təsirləndi və artıq hansı addım "
                                "atıldı. Təxminləri fakt kimi yazmayın; bilmədiyinizi "
                                "“dəqiqləşdirilir” deyə qeyd edin.</p>"
                            ),
                            "source": "",
                        },
                    ),
                    (
                        "heading",
                        {"text": "Pozuntunun qarşısını necə almalı", "level": "h3"},
                    ),
                    (
                        "text",
                        (
                            "<p>Pozuntuların çoxu eyni səbəblərdən yaranır: tələsmək, "
                            "diqqətin yayınması və “bir dəqiqəlik” güzəştlər. Bunların "
                            "qarşısını sadə vərdişlər alır:</p><ul><li>sənədi "
                            "verməzdən əvvəl ad və soyadı vətəndaşın özü ilə "
                            "tutuşdurmaq;</li><li>göndərməzdən əvvəl ünvanı yenidən "
                            "yoxlamaq;</li><li>bir anlıq uzaqlaşanda belə ekranı "
                            "kilidləmək;</li><li>az qala baş verən səhvləri də rəhbərə "
                            "bildirmək ki, səbəb vaxtında aradan qaldırılsın.</li></ul>"
                        ),
                    ),
                    ("heading", {"text": "Situasiya təhlili", "level": "h3"}),
                    (
                        "text",
                        (
                            "<p>Əməkdaş bir vətəndaşın arayışını çap edib səhvən "
                            "növbəti vətəndaşa verir və yalnız bir neçə dəqiqə sonra "
                            "səhvi görür. Düzgün hərəkət: arayışı dərhal geri istəmək, "
                            "hər iki vətəndaşdan nəzakətlə üzr istəmək, rəhbərə "
                            "bildirmək və hadisəni qeyd etmək. Yanlış hərəkət isə heç "
                            "nə olmamış kimi davam etmək və ya arayışı sakitcə yenidən "
                            "çap edib səhvi gizlətməkdir.</p><p>İkinci situasiya: "
                            "həmkarınız tanınmış bir şəxsin məlumatına maraq üçün "
                            "baxdığını deyir. Bu da pozuntudur, çünki məlumat xidmət "
                            "zərurəti olmadan açılıb. Düzgün addım həmkarı xəbərdar "
                            "etmək və hadisəni rəhbərə bildirməkdir.</p>"
                        ),
                    ),
                ],
            },
        ],
    },
]

QUIZZES = {
    "xidmet-standartlari": {
        "title": "Xidmət standartları: yekun test",
        "pass_mark": 70,
        "questions": [
            {
                "type": "single",
                "text": "Mərkəzlərin beş prinsipi hansı sənəddə təsbit olunub?",
                "points": 1,
                "options": [
                    (
                        (
                            "Prezidentin 706 nömrəli Fərmanı ilə təsdiq edilmiş "
                            "mərkəzlərin təşkili və xidmətlərin göstərilməsi "
                            "Qaydalarında"
                        ),
                        True,
                        (
                            "Düzdür: prinsiplər həmin Qaydaların 1.3-cü bəndində "
                            "sadalanır."
                        ),
                    ),
                    (
                        "Prezidentin 685 nömrəli Fərmanında",
                        False,
                        (
                            "Bu Fərman Agentliyi və mərkəzləri yaradıb, prinsipləri "
                            "isə 706 nömrəli Fərmanla təsdiq edilmiş Qaydalar müəyyən "
                            "edir."
                        ),
                    ),
                    (
                        "Agentliyin Əsasnaməsində",
                        False,
                        (
                            "Əsasnamə Agentliyin özünün prinsiplərini müəyyən edir, "
                            "mərkəzlərin beş prinsipini yox."
                        ),
                    ),
                    (
                        "Kollegiyanın 2013-cü il 1/1-03 nömrəli qərarında",
                        False,
                        (
                            "Bu qərarla mərkəzlərdə davranış Qaydaları təsdiq edilib, "
                            "beş prinsip isə 2012-ci il Qaydalarındadır."
                        ),
                    ),
                ],
                "feedback": (
                    "Beş prinsip 2012-ci il 5 sentyabr tarixli 706 nömrəli Fərmanla "
                    "təsdiq edilmiş Qaydaların 1.3-cü bəndində göstərilib."
                ),
            },
            {
                "type": "multiple",
                "text": "Hansılar mərkəzlərin beş rəsmi prinsipinə daxildir?",
                "points": 2,
                "partial": True,
                "options": [
                    ("Operativlik", True, "Operativlik beş prinsipdən biridir."),
                    ("Şəffaflıq", True, "Şəffaflıq beş prinsipdən biridir."),
                    ("Rahatlıq", True, "Rahatlıq beş prinsipdən biridir."),
                    (
                        "Peşəkarlıq",
                        False,
                        (
                            "Peşəkarlıq səviyyəsinin yüksəldilməsi prinsip deyil, "
                            "mərkəzlərin məqsədlərindən biridir."
                        ),
                    ),
                    (
                        "Qanunun aliliyi",
                        False,
                        (
                            "Qanunun aliliyi Agentliyin Əsasnaməsindəki prinsiplərə "
                            "aiddir."
                        ),
                    ),
                ],
                "feedback": (
                    "Beş prinsip bunlardır: operativlik, şəffaflıq, nəzakətlilik, "
                    "məsuliyyət və rahatlıq."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Peşəkarlıq “ASAN xidmət” mərkəzlərinin beş prinsipindən biridir."
                ),
                "points": 1,
                "answer": False,
                "feedback": (
                    "Peşəkarlıq mərkəzlərin məqsədləri və Agentliyin öz prinsipləri "
                    "sırasındadır, mərkəzlərin beş prinsipi arasında isə yoxdur."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Vətəndaşın vaxtına hörməti, növbənin ləngidilməməsini və "
                    "sənədlərin ilk baxışda tam yoxlanılmasını ifadə edən prinsip necə "
                    "adlanır?"
                ),
                "points": 1,
                "answers": ["operativlik"],
                "feedback": (
                    "Operativlik vətəndaşın vaxtına qənaət etmək və lüzumsuz təkrar "
                    "gəlişin qarşısını almaq deməkdir."
                ),
            },
            {
                "type": "numeric",
                "text": (
                    "Dərsdəki nümunəyə görə, 55 yaşınadək şəxsə verilən şəxsiyyət "
                    "vəsiqəsi neçə il etibarlıdır?"
                ),
                "points": 1,
                "answer": 10,
                "tolerance": 0,
                "feedback": (
                    "Vəsiqə 10 il etibarlıdır, 55 yaşdan yuxarı şəxslərə isə müddətsiz "
                    "verilir."
                ),
            },
            {
                "type": "matching",
                "text": "Prinsipi onu əks etdirən gündəlik davranışla uyğunlaşdırın.",
                "points": 2,
                "pairs": [
                    ("Operativlik", "Sənədlər ilk baxışda tam yoxlanılır"),
                    ("Şəffaflıq", "Rüsum və müddət əvvəlcədən açıq deyilir"),
                    ("Nəzakətlilik", "Hər vətəndaşa sakit tonla və hörmətlə yanaşılır"),
                    ("Məsuliyyət", "Səhv etiraf edilir və düzəldilir"),
                    ("Rahatlıq", "Yaşlı vətəndaşa aydın yönləndirmə və kömək edilir"),
                ],
                "feedback": (
                    "Hər prinsip masada konkret davranışla görünür; dərsdəki izahlar "
                    "bu uyğunluqları göstərir."
                ),
            },
            {
                "type": "ordering",
                "text": (
                    "Vətəndaşın masada qəbulu addımlarını düzgün ardıcıllıqla düzün."
                ),
                "points": 2,
                "items": [
                    "Salamlaşmaq və özünü təqdim etmək",
                    "Müraciətin məqsədini dinləyib dəqiqləşdirmək",
                    "Sənədləri vətəndaşın gözü qarşısında yoxlamaq",
                    "Rüsumu, icra müddətini və nəticənin alınma qaydasını bildirmək",
                    "Əlavə sualı soruşub sənədləri qaytarmaq və vidalaşmaq",
                ],
                "feedback": (
                    "Qəbul salamlaşma ilə başlayır, ehtiyacın aydınlaşdırılması və "
                    "sənədlərin yoxlanılması ilə davam edir, vidalaşma ilə bitir."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Xidmət kartının qeydinə görə apostil xidməti harada göstərilir?"
                ),
                "points": 1,
                "options": [
                    (
                        "Yalnız 5 saylı Bakı “ASAN xidmət” mərkəzində",
                        True,
                        "Düzdür: kartın qeyd sahəsində məhz bu mərkəz göstərilib.",
                    ),
                    (
                        "Bütün “ASAN xidmət” mərkəzlərində",
                        False,
                        "Kartın qeyd sahəsinə görə bu xidmət hər mərkəzdə göstərilmir.",
                    ),
                    (
                        "Yalnız regional mərkəzlərdə",
                        False,
                        "Kartda Bakıdakı konkret bir mərkəz göstərilib.",
                    ),
                    (
                        "Yalnız 1 saylı Bakı “ASAN xidmət” mərkəzində",
                        False,
                        "Kartda 1 saylı deyil, 5 saylı Bakı mərkəzi göstərilib.",
                    ),
                ],
                "feedback": (
                    "Qeyd sahəsini sona qədər oxumaq vətəndaşı boş yerə başqa mərkəzə "
                    "göndərməməyə kömək edir."
                ),
            },
            {
                "type": "multiple",
                "text": "Xidmət kartında hansı məlumatlar yer alır?",
                "points": 2,
                "partial": False,
                "options": [
                    ("Tələb olunan sənədlər", True, "Bu, kartın əsas sahələrindəndir."),
                    (
                        "İcra müddəti",
                        True,
                        "İcra müddəti kartda, çox vaxt pilləli verilir.",
                    ),
                    (
                        "Dövlət rüsumu və xidmət haqqı",
                        True,
                        "Hər iki ödəniş kartda ayrıca göstərilir.",
                    ),
                    (
                        "Xidməti göstərən əməkdaşın şəxsi telefon nömrəsi",
                        False,
                        "Kartda əməkdaşların şəxsi məlumatları yoxdur.",
                    ),
                    (
                        "Vətəndaşın aylıq gəliri",
                        False,
                        (
                            "Kart xidmət haqqındadır, vətəndaşın şəxsi vəziyyəti "
                            "haqqında deyil."
                        ),
                    ),
                ],
                "feedback": (
                    "Kartda xidmətin adı, sənədlər, kimin müraciət edə biləcəyi, "
                    "ödənişlər, icra müddəti və qeyd sahəsi olur."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Xidmət masalarında vətəndaşları əsasən xidməti göstərən dövlət "
                    "orqanlarının əməkdaşları qəbul edir."
                ),
                "points": 1,
                "answer": True,
                "feedback": (
                    "Masalarda xidməti göstərən orqanların əməkdaşları çalışır, "
                    "Agentliyin əməkdaşları isə mərkəzi idarə edir və keyfiyyətə "
                    "nəzarət edir."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Növbəni əvvəlcədən götürmək istəyən vətəndaşa hansı çağrı "
                    "mərkəzinin nömrəsini tövsiyə edirsiniz?"
                ),
                "points": 1,
                "options": [
                    ("108", True, "Düzdür: 108 “ASAN xidmət”in Çağrı Mərkəzidir."),
                    ("112", False, "Bu nömrə dərsdə “ASAN xidmət” üçün göstərilməyib."),
                    ("101", False, "Bu nömrə dərsdə “ASAN xidmət” üçün göstərilməyib."),
                ],
                "feedback": (
                    "Növbəni mobil tətbiq, internet saytı və ya 108 Çağrı Mərkəzi "
                    "vasitəsilə əvvəlcədən götürmək olar."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Vətəndaş şəxsiyyət vəsiqəsini mümkün qədər tez almaq istəyir. Ən "
                    "düzgün reaksiya hansıdır?"
                ),
                "points": 1,
                "options": [
                    (
                        (
                            "Kartdakı icra müddəti seçimlərini və onlara uyğun "
                            "ödənişləri müqayisə edərək izah edirəm"
                        ),
                        True,
                        "Düzdür: vətəndaş qərarı tam məlumatla özü verməlidir.",
                    ),
                    (
                        "Yadımda qalan məbləği deyirəm",
                        False,
                        (
                            "Məbləğlər dəyişə bilər, ona görə yalnız kartın qüvvədə "
                            "olan versiyasına əsaslanmaq lazımdır."
                        ),
                    ),
                    (
                        "Soruşmadan ən qısa müddəti seçirəm",
                        False,
                        (
                            "Qısa müddət daha baha başa gəlir, seçim vətəndaşın özünə "
                            "məxsusdur."
                        ),
                    ),
                    (
                        "Onu məlumat masasına göndərirəm",
                        False,
                        (
                            "Cavab sizin masanızdadırsa, vətəndaşı lüzumsuz yerə başqa "
                            "masaya göndərmək operativliyə ziddir."
                        ),
                    ),
                ],
                "feedback": (
                    "Pilləli icra müddətində müddət qısaldıqca ödəniş artır, buna görə "
                    "seçimləri şəffaf müqayisə etmək lazımdır."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Dövlət rüsumu və xidmət haqqı eyni ödənişin iki fərqli adıdır."
                ),
                "points": 1,
                "answer": False,
                "feedback": (
                    "Bunlar ayrı-ayrı ödənişlərdir və vətəndaşa ayrıca izah "
                    "olunmalıdır."
                ),
            },
        ],
    },
    "sikayetler-ve-cetin-sohbetler": {
        "title": "Müraciətlər, şikayətlər və çətin söhbətlər: yekun test",
        "pass_mark": 70,
        "questions": [
            {
                "type": "numeric",
                "text": (
                    "Müraciətə baxmaq səlahiyyəti olmayan orqan onu neçə iş günü "
                    "ərzində səlahiyyətli orqana göndərməlidir?"
                ),
                "points": 1,
                "answer": 3,
                "tolerance": 0,
                "feedback": "Qanun yönləndirmə üçün 3 iş günü müəyyən edir.",
            },
            {
                "type": "numeric",
                "text": (
                    "Müraciətə cavab, bir qayda olaraq, neçə iş günü ərzində verilir?"
                ),
                "points": 1,
                "answer": 15,
                "tolerance": 0,
                "feedback": (
                    "Ümumi cavab müddəti 15 iş günüdür; əlavə öyrənmə lazım olduqda "
                    "uzadıla bilər."
                ),
            },
            {
                "type": "single",
                "text": (
                    "“Vətəndaşların müraciətləri haqqında” Qanun nə vaxt qəbul edilib?"
                ),
                "points": 1,
                "options": [
                    (
                        "30 sentyabr 2015-ci il",
                        True,
                        "Düzdür: qanun bu tarixdə qəbul edilib.",
                    ),
                    (
                        "12 noyabr 2015-ci il",
                        False,
                        "Bu, qanunu tətbiq edən 672 nömrəli Fərmanın tarixidir.",
                    ),
                    (
                        "31 may 2007-ci il",
                        False,
                        "Bu, etik davranış qaydaları haqqında qanunun tarixidir.",
                    ),
                    (
                        "13 iyul 2012-ci il",
                        False,
                        "Bu tarix müraciətlər qanunu ilə bağlı deyil.",
                    ),
                ],
                "feedback": (
                    "Qanun 2015-ci il 30 sentyabrda qəbul edilib və 12 noyabr 2015-ci "
                    "il tarixli 672 nömrəli Fərmanla tətbiq olunur."
                ),
            },
            {
                "type": "multiple",
                "text": "Qanuna görə müraciət hansı formalarda verilə bilər?",
                "points": 2,
                "partial": True,
                "options": [
                    ("Şifahi", True, "Şifahi müraciət qanunla tanınır."),
                    (
                        "Elektron",
                        True,
                        "Elektron müraciət yazılı formanın bir növüdür.",
                    ),
                    ("Kollektiv", True, "Müraciət fərdi və ya kollektiv ola bilər."),
                    (
                        "Yalnız notariat qaydasında təsdiqlənmiş yazılı forma",
                        False,
                        (
                            "Qanun belə məhdudiyyət qoymur; şifahi və elektron "
                            "müraciət də mümkündür."
                        ),
                    ),
                ],
                "feedback": (
                    "Müraciət yazılı (o cümlədən elektron) və ya şifahi, fərdi və ya "
                    "kollektiv, şəxsən və ya nümayəndə vasitəsilə verilə bilər."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Vətəndaşların şəxsi qəbulu ən azı ayda bir dəfə, əvvəlcədən dərc "
                    "olunmuş qrafik əsasında təşkil edilməlidir."
                ),
                "points": 1,
                "answer": True,
                "feedback": (
                    "Qanun şəxsi qəbulun ən azı ayda bir dəfə, elan olunmuş qrafik "
                    "üzrə keçirilməsini tələb edir."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Cümə günü başqa orqanın səlahiyyətinə aid müraciət daxil olub, "
                    "arada bayram yoxdur. Müraciət ən gec nə vaxt yönləndirilməlidir?"
                ),
                "points": 1,
                "options": [
                    (
                        "Növbəti həftənin çərşənbə günü",
                        True,
                        (
                            "Düzdür: şənbə və bazar sayılmır, 3 iş günü çərşənbə başa "
                            "çatır."
                        ),
                    ),
                    (
                        "Növbəti bazar ertəsi",
                        False,
                        "Bu, cəmi bir iş günüdür; qanun 3 iş günü verir.",
                    ),
                    (
                        "Bazar günü",
                        False,
                        "Müddət təqvim günü ilə deyil, iş günü ilə hesablanır.",
                    ),
                    (
                        "15 iş günü ərzində",
                        False,
                        "15 iş günü cavab müddətidir, yönləndirmə müddəti deyil.",
                    ),
                ],
                "feedback": (
                    "Yönləndirmə müddəti 3 iş günüdür və istirahət günləri hesaba "
                    "daxil edilmir."
                ),
            },
            {
                "type": "ordering",
                "text": "Gərginliyi azaltmağın beş addımını düzgün ardıcıllıqla düzün.",
                "points": 2,
                "items": [
                    "Özünüzü idarə edin",
                    "Dinləyin",
                    "Hissi tanıyın",
                    "İzah edin və seçim təklif edin",
                    "Razılaşın və yekunlaşdırın",
                ],
                "feedback": (
                    "Özünü idarə etməyən əməkdaş dinləyə bilmir, dinlənilməyən "
                    "vətəndaş isə izahı qəbul etmir, ona görə ardıcıllıq vacibdir."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Vətəndaş masada səsini qaldırıb danışır. Beş addımlı yanaşmaya "
                    "görə ilk addım hansıdır?"
                ),
                "points": 1,
                "options": [
                    (
                        "Səsimi qaldırmadan sakit nəfəs alıb özümü idarə edirəm",
                        True,
                        "Düzdür: yanaşma özünü idarə etməklə başlayır.",
                    ),
                    (
                        "Ona “sakit olun” deyirəm",
                        False,
                        (
                            "Dərsdə bu ifadənin əvəzinə “Gəlin birlikdə baxaq” demək "
                            "tövsiyə olunur."
                        ),
                    ),
                    (
                        "Dərhal qaydanı xatırladıram",
                        False,
                        (
                            "İzah dördüncü addımdır; əvvəlcə sakitləşmək və dinləmək "
                            "lazımdır."
                        ),
                    ),
                    (
                        "Söhbəti dərhal dayandırıram",
                        False,
                        (
                            "Söhbət yalnız təhqir, hədə və ya fiziki təhlükə olduqda "
                            "dayandırılır."
                        ),
                    ),
                ],
                "feedback": "Əməkdaşın sakitliyi bütün sonrakı addımların əsasıdır.",
            },
            {
                "type": "matching",
                "text": "Etik davranış meyarını onun mənası ilə uyğunlaşdırın.",
                "points": 2,
                "pairs": [
                    (
                        "Qərəzsizlik",
                        "Vətəndaşın kimliyindən asılı olmayaraq hamıya eyni yanaşma",
                    ),
                    ("Aşkarlıq", "Qərar və hərəkətlərin açıq, izah edilə bilən olması"),
                    ("Səy", "Vəzifəni vicdanla və bacarıqla icra etmək"),
                    ("Sədaqət", "Dövlətə və xalqa xidmətə bağlılıq"),
                ],
                "feedback": (
                    "Bu meyarlar 2007-ci il qanunu əsasında hazırlanmış davranış "
                    "kodekslərində sadalanır."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Tanışın növbəsiz xidmət istəməsində olduğu kimi, şəxsi marağın "
                    "vəzifə borcu ilə toqquşduğu vəziyyət necə adlanır?"
                ),
                "points": 1,
                "answers": ["maraqlar toqquşması", "maraq toqquşması"],
                "feedback": (
                    "Bu, maraqlar toqquşmasıdır; düzgün reaksiya nəzakətlə imtina edib "
                    "şəxsi ümumi növbəyə yönəltməkdir."
                ),
            },
            {
                "type": "single",
                "text": (
                    "“Dövlət qulluqçularının etik davranış qaydaları haqqında” Qanunun "
                    "nömrəsi hansıdır?"
                ),
                "points": 1,
                "options": [
                    ("352-IIIQ", True, "Düzdür: qanun 31 may 2007-ci il, № 352-IIIQ."),
                    (
                        "614",
                        False,
                        "614 qanunu tətbiq edən Prezident Fərmanının nömrəsidir.",
                    ),
                    (
                        "672",
                        False,
                        "672 müraciətlər qanununu tətbiq edən Fərmanın nömrəsidir.",
                    ),
                ],
                "feedback": (
                    "Etik davranış qanunu 2007-ci il 31 mayda 352-IIIQ nömrəsi ilə "
                    "qəbul edilib."
                ),
            },
            {
                "type": "multiple",
                "text": "Şikayət qəbul edərkən hansı hərəkətlərdən çəkinmək lazımdır?",
                "points": 2,
                "partial": False,
                "options": [
                    (
                        "Təmin edə bilməyəcəyiniz nəticəni vəd etmək",
                        True,
                        "Yerinə yetirilməyən vəd etimadı itirir.",
                    ),
                    (
                        "Həmkarı vətəndaşın yanında günahlandırmaq",
                        True,
                        "Bu, problemi həll etmir və mərkəzə etimadı zədələyir.",
                    ),
                    (
                        "Vətəndaşı “sonra gəlin” deyə yola salmaq",
                        True,
                        "Şikayəti qəbul etməkdən imtina etmək olmaz.",
                    ),
                    (
                        "Faktları dəqiqləşdirmək",
                        False,
                        (
                            "Faktların dəqiqləşdirilməsi qəbul prosedurunun zəruri "
                            "addımıdır."
                        ),
                    ),
                    (
                        "Cavab müddətini bildirmək",
                        False,
                        "Vətəndaş cavabı nə vaxt alacağını bilməlidir.",
                    ),
                ],
                "feedback": (
                    "Məqsəd haqlı çıxmaq deyil, problemi həll etmək və vətəndaşın "
                    "etimadını qorumaqdır."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Vətəndaşın təklif etdiyi kiçik hədiyyəni qəbul etmək olar, çünki "
                    "o, xidmətə təsir etmir."
                ),
                "points": 1,
                "answer": False,
                "feedback": (
                    "Kiçik hədiyyə belə qərəzsizliyə kölgə salır, ona görə nəzakətlə "
                    "imtina edib rəhbərə məlumat vermək lazımdır."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Korrupsiyanın və maraqlar toqquşmasının qarşısının alınması "
                    "2007-ci il etik davranış qanununun məqsədlərindəndir."
                ),
                "points": 1,
                "answer": True,
                "feedback": (
                    "Qanunun 2-ci maddəsində sadalanan məqsədlərdən biri məhz budur."
                ),
            },
        ],
    },
    "asan-login-ve-imza": {
        "title": "ASAN Login, ASAN İmza və myGov: yekun test",
        "pass_mark": 70,
        "questions": [
            {
                "type": "single",
                "text": "ASAN Login nədir?",
                "points": 1,
                "options": [
                    (
                        (
                            "Dövlət və qeyri-dövlət portalları üçün mərkəzi "
                            "autentifikasiya və avtorizasiya (tək giriş) sistemi"
                        ),
                        True,
                        (
                            "Düzdür: bir hesabla müxtəlif portallara daxil olmaq "
                            "imkanı verir."
                        ),
                    ),
                    (
                        "Mobil operatorun sertifikatlı xüsusi SİM kartı",
                        False,
                        "Bu, ASAN İmzanın təsviridir.",
                    ),
                    (
                        "Vətəndaşın öz məlumatlarını gördüyü şəxsi kabinet",
                        False,
                        "Bu, myGov-un təsviridir.",
                    ),
                    (
                        "Token və ya kart əsaslı elektron imza",
                        False,
                        "Bu, E-imzanın təsviridir.",
                    ),
                ],
                "feedback": (
                    "ASAN Login istifadəçinin kimliyini yoxlayır və ona müxtəlif "
                    "portallara vahid giriş verir."
                ),
            },
            {
                "type": "matching",
                "text": (
                    "ASAN İmza sertifikatının növünü onu yeniləmək üçün 8500 nömrəsinə "
                    "göndərilən sözlə uyğunlaşdırın."
                ),
                "points": 2,
                "pairs": [
                    ("Vətəndaş", "ferdi"),
                    ("Biznes", "biznes"),
                    ("Dövlət", "dovlet"),
                ],
                "feedback": (
                    "Yeniləmə üçün sertifikatın növünə uyğun söz 8500 nömrəsinə SMS "
                    "ilə göndərilir."
                ),
            },
            {
                "type": "numeric",
                "text": "ASAN İmza sertifikatı neçə il etibarlıdır?",
                "points": 1,
                "answer": 3,
                "tolerance": 0,
                "feedback": "Sertifikat 3 il etibarlıdır və SMS ilə yenilənə bilər.",
            },
            {
                "type": "numeric",
                "text": (
                    "ASAN İmza sertifikatını yeniləmək üçün SMS hansı nömrəyə "
                    "göndərilir?"
                ),
                "points": 1,
                "answer": 8500,
                "tolerance": 0,
                "feedback": "Yeniləmə SMS-i 8500 nömrəsinə göndərilir.",
            },
            {
                "type": "multiple",
                "text": (
                    "ASAN İmza üçün xüsusi SİM kartı hansı mobil operatorlar təqdim "
                    "edir?"
                ),
                "points": 2,
                "partial": True,
                "options": [
                    ("Azercell", True, "Azercell ASAN İmza xidmətinin tərəfdaşıdır."),
                    ("Bakcell", True, "Bakcell ASAN İmza xidmətinin tərəfdaşıdır."),
                    ("Nar", True, "Nar ASAN İmza xidmətinin tərəfdaşıdır."),
                    ("Azərpoçt", False, "Azərpoçt mobil operator deyil."),
                ],
                "feedback": (
                    "ASAN İmza Dövlət Vergi Xidmətinin Azercell, Bakcell və Nar ilə "
                    "birgə xidmətidir."
                ),
            },
            {
                "type": "short",
                "text": (
                    "ASAN İmza sertifikatlarını verən ASAN Sertifikat Xidmətləri "
                    "Mərkəzinin qısa adı nədir?"
                ),
                "points": 1,
                "answers": ["ASXM"],
                "feedback": (
                    "ASXM sertifikatları vergi xidməti mərkəzlərində və “ASAN xidmət” "
                    "mərkəzlərində verir."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "ASAN Login-də qeydiyyat zamanı şəxsiyyət vəsiqəsindəki FİN-dən "
                    "istifadə olunur."
                ),
                "points": 1,
                "answer": True,
                "feedback": (
                    "Qeydiyyat FİN əsasında aparılır, güclü giriş isə gücləndirilmiş "
                    "elektron imza ilə təmin olunur."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Vətəndaş xahiş edərsə, əməkdaş onun ASAN İmza kodunu daxil edib "
                    "sənədi onun yerinə imzalaya bilər."
                ),
                "points": 1,
                "answer": False,
                "feedback": (
                    "Elektron imza əl imzası kimi şəxsidir; kodları soruşmaq və "
                    "vətəndaşın yerinə imzalamaq qadağandır."
                ),
            },
            {
                "type": "ordering",
                "text": (
                    "ASAN İmza sertifikatının alınmasına kömək addımlarını düzgün "
                    "ardıcıllıqla düzün."
                ),
                "points": 2,
                "items": [
                    "Vətəndaşın operatordan xüsusi SİM kart aldığını yoxlamaq",
                    "Şəxsiyyət vəsiqəsi ilə onu ASXM masasına yönəltmək",
                    "Lazım olan sertifikat növünü müəyyənləşdirmək",
                    "Sertifikat verildikdən sonra kodların məxfiliyini xatırlatmaq",
                    "3 illik müddəti və 8500 ilə yenilənməni izah etmək",
                ],
                "feedback": (
                    "Əvvəlcə SİM kart və sənəd, sonra sertifikat növü, sonda isə "
                    "təhlükəsizlik və yenilənmə barədə izah gəlir."
                ),
            },
            {
                "type": "multiple",
                "text": "myGov şəxsi kabinetinin imkanlarına hansılar aiddir?",
                "points": 2,
                "partial": False,
                "options": [
                    (
                        "Şəxsi, maliyyə və təhsil məlumatlarına baxış",
                        True,
                        "Vətəndaş bu məlumatları kabinetdə görür.",
                    ),
                    (
                        "Sənədin müddəti bitməyə yaxınlaşanda bildiriş",
                        True,
                        "Bildiriş SMS, e-poçt və kabinet daxilində gəlir.",
                    ),
                    (
                        "Fəaliyyət jurnalı",
                        True,
                        "Kabinetdəki əməliyyatlar jurnalda əks olunur.",
                    ),
                    (
                        (
                            "Məlumatların vətəndaşın təsdiqi olmadan üçüncü tərəflərə "
                            "avtomatik ötürülməsi"
                        ),
                        False,
                        (
                            "Məlumat üçüncü tərəfə yalnız vətəndaşın təsdiqindən sonra "
                            "ötürülür."
                        ),
                    ),
                ],
                "feedback": (
                    "myGov vətəndaşa öz məlumatlarını görmək, bildiriş almaq və "
                    "ötürməyə özü icazə vermək imkanı verir."
                ),
            },
            {
                "type": "single",
                "text": (
                    "e-gov.az portalında token və ya kart əsaslı giriş üsulu necə "
                    "adlanır?"
                ),
                "points": 1,
                "options": [
                    ("E-imza", True, "Düzdür: E-imza token və ya kart əsaslıdır."),
                    (
                        "ASAN İmza",
                        False,
                        "ASAN İmza mobil telefonun SİM kartına əsaslanır.",
                    ),
                    ("myGov", False, "myGov giriş üsulu deyil, şəxsi kabinetdir."),
                ],
                "feedback": (
                    "e-gov.az-a ASAN Login vasitəsilə “ASAN İmza” və ya “E-imza” ilə "
                    "daxil olmaq olar."
                ),
            },
            {
                "type": "single",
                "text": (
                    "“Elektron imza və elektron sənəd haqqında” Qanun hansı ildə qəbul "
                    "edilib?"
                ),
                "points": 1,
                "options": [
                    ("2004", True, "Düzdür: qanun 2004-cü ildə qəbul edilib."),
                    (
                        "2012",
                        False,
                        (
                            "2012-ci ildə Agentlik yaradılıb, bu qanun isə daha əvvəl "
                            "qəbul edilib."
                        ),
                    ),
                    (
                        "2018",
                        False,
                        "2018-ci ildə Elektron Hökumətin İnkişafı Mərkəzi yaradılıb.",
                    ),
                ],
                "feedback": "Elektron imzanın hüquqi əsası 2004-cü il qanunudur.",
            },
            {
                "type": "single",
                "text": (
                    "Şirkətin adından sənəd imzalayacaq şəxsə hansı ASAN İmza "
                    "sertifikatı lazımdır?"
                ),
                "points": 1,
                "options": [
                    (
                        "Biznes",
                        True,
                        "Düzdür: Biznes sertifikatı hüquqi şəxsi təmsil etmək üçündür.",
                    ),
                    (
                        "Vətəndaş",
                        False,
                        (
                            "Vətəndaş sertifikatı fiziki şəxsin öz adından istifadəsi "
                            "üçündür."
                        ),
                    ),
                    (
                        "Dövlət",
                        False,
                        (
                            "Dövlət sertifikatı dövlət orqanı əməkdaşının xidməti "
                            "fəaliyyəti üçündür."
                        ),
                    ),
                ],
                "feedback": "Sertifikat növü vətəndaşın məqsədinə görə seçilir.",
            },
            {
                "type": "single",
                "text": "myGov-un əsas məqsədi nədir?",
                "points": 1,
                "options": [
                    (
                        "Reaktiv elektron hökumətdən proaktiv elektron hökumətə keçmək",
                        True,
                        (
                            "Düzdür: dövlət vətəndaşı lazımi məlumatla əvvəlcədən "
                            "təmin edir."
                        ),
                    ),
                    (
                        "Mərkəzlərdə növbəni ləğv etmək",
                        False,
                        "Dərsdə myGov-un belə məqsədi göstərilməyib.",
                    ),
                    (
                        "Mobil imza sertifikatı vermək",
                        False,
                        "Sertifikatları ASXM verir.",
                    ),
                ],
                "feedback": (
                    "myGov vətəndaşın dövlətin qapısını döyməsini gözləmədən ona "
                    "məlumat və bildiriş verir."
                ),
            },
        ],
    },
    "ferdi-melumatlarin-qorunmasi": {
        "title": "Fərdi məlumatların qorunması: yekun test",
        "pass_mark": 80,
        "questions": [
            {
                "type": "single",
                "text": (
                    "“Fərdi məlumatlar haqqında” Qanunun tarixi və nömrəsi hansıdır?"
                ),
                "points": 1,
                "options": [
                    ("11 may 2010-cu il, № 998-IIIQ", True, "Düzdür."),
                    (
                        "13 iyun 2008-ci il, № 651-IIIQ",
                        False,
                        "Bu, “Biometrik informasiya haqqında” Qanundur.",
                    ),
                    (
                        "30 sentyabr 2009-cu il, № 879-IIIQ",
                        False,
                        "Bu qanunla 108 nömrəli Konvensiyaya qoşulma həyata keçirilib.",
                    ),
                ],
                "feedback": (
                    "Əsas akt 2010-cu il 11 may tarixli, 998-IIIQ nömrəli Qanundur."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Fərdi məlumat yalnız şəxsi birbaşa müəyyənləşdirən məlumatdır."
                ),
                "points": 1,
                "answer": False,
                "feedback": (
                    "Şəxsi birbaşa və ya dolayısı ilə müəyyənləşdirməyə imkan verən "
                    "istənilən məlumat fərdi məlumatdır."
                ),
            },
            {
                "type": "matching",
                "text": "Anlayışı onun izahı ilə uyğunlaşdırın.",
                "points": 2,
                "pairs": [
                    ("Subyekt", "Məlumatın aid olduğu şəxs"),
                    (
                        "Mülkiyyətçi",
                        (
                            "Məlumatların sahibi, emalın məqsədinə və qaydasına "
                            "cavabdeh tərəf"
                        ),
                    ),
                    (
                        "Operator",
                        (
                            "Mülkiyyətçinin adından məlumatı toplayan, emal edən və "
                            "saxlayan"
                        ),
                    ),
                    (
                        "İstifadəçi",
                        "Məlumatdan ona icazə verilmiş həcmdə istifadə edən",
                    ),
                ],
                "feedback": (
                    "Masa arxasındakı əməkdaş istifadəçidir və ona verilmiş icazənin "
                    "həddinə bağlıdır."
                ),
            },
            {
                "type": "multiple",
                "text": "Dərsdə hansı məlumatlar xüsusi həssas kimi göstərilib?",
                "points": 2,
                "partial": True,
                "options": [
                    (
                        "Sağlamlıq haqqında məlumat",
                        True,
                        "Sağlamlıq xüsusi kateqoriyadır.",
                    ),
                    (
                        "Dini etiqad və əqidə",
                        True,
                        "Din və əqidə xüsusi kateqoriyadır.",
                    ),
                    (
                        "Məhkumluq haqqında məlumat",
                        True,
                        "Məhkumluq xüsusi kateqoriyadır.",
                    ),
                    (
                        "Xidmətin icra müddəti",
                        False,
                        "Bu, fərdi məlumat deyil, xidmət haqqında məlumatdır.",
                    ),
                    ("Mərkəzin iş qrafiki", False, "Bu, şəxsə aid məlumat deyil."),
                ],
                "feedback": (
                    "Xüsusi kateqoriyalara irqi və ya milli mənsubiyyət, ailə həyatı, "
                    "din və əqidə, sağlamlıq və məhkumluq aiddir."
                ),
            },
            {
                "type": "numeric",
                "text": (
                    "Düzgün tərtib olunmuş razılıqda neçə məsələ öz əksini tapmalıdır?"
                ),
                "points": 1,
                "answer": 6,
                "tolerance": 0,
                "feedback": (
                    "Razılıqda subyekt, mülkiyyətçi və ya operator, məqsəd, məlumatlar "
                    "və əməliyyatlar, müddət və imtina qaydası, silinmə və ya "
                    "arxivləşdirmə şərtləri göstərilir."
                ),
            },
            {
                "type": "short",
                "text": (
                    "Qanun fərdi məlumatları iki kateqoriyaya bölür. Biri "
                    "konfidensialdır, digəri necə adlanır?"
                ),
                "points": 1,
                "answers": ["açıq", "açıq məlumatlar"],
                "feedback": (
                    "İkinci kateqoriya açıq məlumatlardır; subyekt öz məlumatını özü "
                    "açıq kateqoriyaya keçirə bilər."
                ),
            },
            {
                "type": "ordering",
                "text": (
                    "Pozuntu aşkar edildikdə atılacaq addımları düzgün ardıcıllıqla "
                    "düzün."
                ),
                "points": 2,
                "items": [
                    "Pozuntunu dayandırmaq",
                    "Dərhal bilavasitə rəhbərə məlumat vermək",
                    "Nə baş verdiyini qısa və dəqiq yazmaq",
                    "Heç bir qeydi və ya izi silməmək",
                    "Rəhbərliyin göstərişi ilə vətəndaşa dürüst izah vermək",
                ],
                "feedback": (
                    "Əvvəlcə zərər dayandırılır, sonra rəhbərə bildirilir, hadisə "
                    "sənədləşdirilir və vətəndaşla dürüst ünsiyyət qurulur."
                ),
            },
            {
                "type": "single",
                "text": (
                    "2026-cı ilin martına olan məlumata görə yeni “Fərdi məlumatın "
                    "mühafizəsi haqqında” Qanunun nə vaxt qüvvəyə minəcəyi gözlənilir?"
                ),
                "points": 1,
                "options": [
                    (
                        "2026-cı ildə",
                        True,
                        "Düzdür: qüvvəyə minmə 2026-cı ildə gözlənilir.",
                    ),
                    (
                        "2010-cu ildə",
                        False,
                        "2010-cu il əvəz olunacaq köhnə qanunun ilidir.",
                    ),
                    ("2030-cu ildə", False, "Dərsdə belə tarix göstərilməyib."),
                ],
                "feedback": (
                    "Yeni qanun 2010-cu il qanununu əvəz edəcək, ona görə yeniliklər "
                    "izlənilməlidir."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Fərdi məlumatların saxlandığı informasiya sistemləri dövlət "
                    "qeydiyyatına alınmalıdır."
                ),
                "points": 1,
                "answer": True,
                "feedback": (
                    "Belə sistemlər qeydiyyata alınmalıdır, vətəndaş məlumatları isə "
                    "yalnız icazəli sistemlərdə saxlanılmalıdır."
                ),
            },
            {
                "type": "multiple",
                "text": "Masada hansı vərdişlər məxfiliyi qoruyur?",
                "points": 2,
                "partial": True,
                "options": [
                    (
                        "Masadan uzaqlaşanda ekranı kilidləmək",
                        True,
                        "Açıq ekran məlumatı başqalarına göstərir.",
                    ),
                    (
                        "FİN-i ucadan oxumaq əvəzinə vətəndaşa ekranda göstərmək",
                        True,
                        (
                            "Açıq zalda səsləndirilən məlumat başqaları tərəfindən "
                            "eşidilir."
                        ),
                    ),
                    (
                        "Artıq surətləri müəyyən edilmiş qaydada məhv etmək",
                        True,
                        "Lazımsız surət məlumat sızması riskidir.",
                    ),
                    (
                        "Sənədin şəklini şəxsi telefonla çəkib saxlamaq",
                        False,
                        "Vətəndaş məlumatı şəxsi cihazda saxlanmamalıdır.",
                    ),
                ],
                "feedback": (
                    "Açıq zalda məxfiliyi hər əməkdaş öz masasındakı gündəlik "
                    "vərdişlərlə qoruyur."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Telefonla zəng edən şəxs özünü vətəndaşın qohumu kimi təqdim edir "
                    "və onun ünvanını soruşur. Nə edirsiniz?"
                ),
                "points": 1,
                "options": [
                    (
                        "Məlumat vermirəm",
                        True,
                        "Düzdür: zəng edənin kimliyi və hüququ təsdiqlənməyib.",
                    ),
                    (
                        "Qohum olduğu üçün ünvanı deyirəm",
                        False,
                        "Qohumluq iddiası məlumat ötürmək üçün əsas deyil.",
                    ),
                    (
                        "Yalnız küçənin adını deyirəm",
                        False,
                        "Məlumatın bir hissəsi də fərdi məlumatdır.",
                    ),
                ],
                "feedback": (
                    "Telefonla özünü qohum kimi təqdim edən şəxsə vətəndaş barədə "
                    "məlumat vermək olmaz."
                ),
            },
            {
                "type": "single",
                "text": (
                    "Fərdi məlumatlar sahəsində tənzimləyici orqan hazırda hansıdır?"
                ),
                "points": 1,
                "options": [
                    ("Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", True, "Düzdür."),
                    (
                        "Ədliyyə Nazirliyi",
                        False,
                        "Dərsdə tənzimləyici kimi başqa orqan göstərilib.",
                    ),
                    (
                        "Dövlət Vergi Xidməti",
                        False,
                        "Dərsdə tənzimləyici kimi başqa orqan göstərilib.",
                    ),
                ],
                "feedback": (
                    "İnformasiya sistemlərinin qeydiyyatı Rəqəmsal İnkişaf və "
                    "Nəqliyyat Nazirliyinin tənzimlədiyi sahədir."
                ),
            },
            {
                "type": "truefalse",
                "text": (
                    "Fərdi məlumatları istənilən xarici ölkəyə razılıq olmadan ötürmək "
                    "olar."
                ),
                "points": 1,
                "answer": False,
                "feedback": (
                    "Razılıq olmadıqda ötürmə yalnız məlumatların kifayət qədər "
                    "qorunduğu ölkələrə mümkündür."
                ),
            },
            {
                "type": "numeric",
                "text": (
                    "Azərbaycan Avropa Şurasının fərdi məlumatların qorunmasına dair "
                    "neçə nömrəli Konvensiyasına qoşulub?"
                ),
                "points": 1,
                "answer": 108,
                "tolerance": 0,
                "feedback": "Azərbaycan 2009-cu ildə 108 nömrəli Konvensiyaya qoşulub.",
            },
        ],
    },
}
