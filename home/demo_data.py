"""Facts for the demo agency. Names are fictional; counts and titles follow the agency's
public structure (see shared/DOMAIN.md). Codes are stable so seeding is repeatable."""

AGENCY = (
    "asan",
    "Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi",
    "Государственное агентство по предоставлению услуг гражданам и социальным инновациям",
    "State Agency for Public Service and Social Innovations",
)

# code, parent code, kind, az, ru, en
UNITS = [
    (
        "hq",
        "asan",
        "department",
        "Agentliyin Aparatı",
        "Аппарат агентства",
        "Central office",
    ),
    (
        "hq-hrt",
        "hq",
        "department",
        "İnsan resursları və təlim şöbəsi",
        "Отдел кадров и обучения",
        "Human resources and training department",
    ),
    (
        "hq-it",
        "hq",
        "department",
        "İnformasiya texnologiyaları şöbəsi",
        "Отдел информационных технологий",
        "Information technology department",
    ),
    (
        "hq-me",
        "hq",
        "department",
        "Nəzarət və qiymətləndirmə şöbəsi",
        "Отдел контроля и оценки",
        "Control and evaluation department",
    ),
]

# code, az, ru, en, kind
CENTRES = [
    (
        "baku-1",
        "1 saylı Bakı “ASAN xidmət” mərkəzi",
        "Центр «ASAN xidmət» №1 (Баку)",
        "Baku ASAN service centre No. 1",
        "centre",
    ),
    (
        "baku-2",
        "2 saylı Bakı “ASAN xidmət” mərkəzi",
        "Центр «ASAN xidmət» №2 (Баку)",
        "Baku ASAN service centre No. 2",
        "centre",
    ),
    (
        "baku-5",
        "5 saylı Bakı “ASAN xidmət” mərkəzi",
        "Центр «ASAN xidmət» №5 (Баку)",
        "Baku ASAN service centre No. 5",
        "centre",
    ),
    (
        "ganja",
        "Gəncə regional “ASAN xidmət” mərkəzi",
        "Гянджинский региональный центр «ASAN xidmət»",
        "Ganja regional ASAN service centre",
        "centre",
    ),
    (
        "sumqayit",
        "Sumqayıt “ASAN xidmət” mərkəzi",
        "Центр «ASAN xidmət» (Сумгайыт)",
        "Sumgait ASAN service centre",
        "centre",
    ),
    (
        "sheki",
        "Şəki regional “ASAN xidmət” mərkəzi",
        "Шекинский региональный центр «ASAN xidmət»",
        "Shaki regional ASAN service centre",
        "centre",
    ),
]

# Each centre gets these departments (suffix, az, ru, en).
CENTRE_DEPARTMENTS = [
    ("front", "Ön ofis", "Фронт-офис", "Front office"),
    ("back", "Arxa ofis", "Бэк-офис", "Back office"),
    (
        "floor",
        "Məlumat və növbə xidməti",
        "Служба информации и очереди",
        "Information and queue service",
    ),
]
BRANCHES = [
    (
        "baku-1-yasamal",
        "baku-1",
        "Yasamal filialı",
        "Ясамальский филиал",
        "Yasamal branch",
    ),
]

# code, az, ru, en
POSITIONS = [
    (
        "front-office-operator",
        "Ön ofis operatoru",
        "Оператор фронт-офиса",
        "Front-office operator",
    ),
    (
        "back-office-specialist",
        "Arxa ofis mütəxəssisi",
        "Специалист бэк-офиса",
        "Back-office specialist",
    ),
    ("floor-manager", "Zal meneceri", "Менеджер зала", "Floor manager"),
    ("volunteer", "Könüllü", "Волонтёр", "Volunteer"),
    ("centre-director", "Mərkəzin rəhbəri", "Руководитель центра", "Centre director"),
    (
        "training-adviser",
        "Təlim sektorunun məsləhətçisi",
        "Консультант сектора обучения",
        "Training adviser",
    ),
    (
        "hr-adviser",
        "Kadr məsələləri üzrə məsləhətçi",
        "Консультант по кадровым вопросам",
        "HR adviser",
    ),
    (
        "it-specialist",
        "İT dəstək mütəxəssisi",
        "Специалист ИТ-поддержки",
        "IT support specialist",
    ),
]

# rank, names (az, ru, en), descriptions (az, ru, en)
LEVELS = [
    (
        1,
        ("Məlumatlı", "Осведомлённость", "Awareness"),
        (
            "Qaydaları bilir və onları harada tapacağını bilir.",
            "Знает правила и где их найти.",
            "Knows the rules and where to find them.",
        ),
    ),
    (
        2,
        ("Praktik", "Практик", "Practitioner"),
        (
            "Qaydaları gündəlik işdə müstəqil tətbiq edir.",
            "Самостоятельно применяет правила в ежедневной работе.",
            "Applies them unaided in daily work.",
        ),
    ),
    (
        3,
        ("Ekspert", "Эксперт", "Expert"),
        (
            "İstisna halları həll edir və həmkarlarına məsləhət verir.",
            "Решает нестандартные случаи и консультирует коллег.",
            "Handles exceptions and advises colleagues.",
        ),
    ),
    (
        4,
        ("Təlimçi", "Тренер", "Trainer"),
        (
            "Başqalarını öyrədir və onların biliyini qiymətləndirir.",
            "Обучает других и оценивает их знания.",
            "Teaches and assesses others.",
        ),
    ),
]

# area code, az, ru, en, [(competency code, az, ru, en)]
FRAMEWORK = [
    (
        "service-standards",
        "Xidmət standartları",
        "Стандарты обслуживания",
        "Service standards",
        [
            (
                "SS-01",
                "Beş prinsip: operativlik, şəffaflıq, nəzakətlilik, məsuliyyət, rahatlıq",
                "Пять принципов обслуживания",
                "The five service principles",
            ),
            (
                "SS-02",
                "Xidmət kartı ilə iş: sənədlər, rüsum, icra müddəti",
                "Работа с карточкой услуги",
                "Working with the service card",
            ),
            (
                "SS-03",
                "Vətəndaş axınının və növbənin idarə edilməsi",
                "Управление потоком граждан и очередью",
                "Managing citizen flow and queues",
            ),
        ],
    ),
    (
        "communication-ethics",
        "Ünsiyyət və etika",
        "Коммуникация и этика",
        "Communication and ethics",
        [
            (
                "CE-01",
                "Dövlət qulluqçusunun etik davranış qaydaları",
                "Правила этического поведения госслужащих",
                "Civil-service ethics rules",
            ),
            (
                "CE-02",
                "Vətəndaş müraciətləri və şikayətlərlə iş",
                "Работа с обращениями и жалобами",
                "Handling appeals and complaints",
            ),
            (
                "CE-03",
                "Çətin söhbətlərin aparılması",
                "Ведение трудных разговоров",
                "Difficult conversations",
            ),
        ],
    ),
    (
        "e-government",
        "Elektron hökumət sistemləri",
        "Системы электронного правительства",
        "E-government systems",
        [
            (
                "EG-01",
                "ASAN Login və ASAN İmza",
                "ASAN Login и ASAN İmza",
                "ASAN Login and ASAN İmza",
            ),
            (
                "EG-02",
                "myGov və elektron xidmətlər portalı",
                "myGov и портал электронных услуг",
                "myGov and the e-services portal",
            ),
            (
                "EG-03",
                "Elektron növbə sistemi",
                "Электронная очередь",
                "Electronic queue system",
            ),
        ],
    ),
    (
        "data-protection",
        "Fərdi məlumatların qorunması",
        "Защита персональных данных",
        "Personal data protection",
        [
            (
                "DP-01",
                "Fərdi məlumatlar və razılıq",
                "Персональные данные и согласие",
                "Personal data and consent",
            ),
            (
                "DP-02",
                "Məxfi sənədlərlə iş",
                "Работа с конфиденциальными документами",
                "Handling confidential documents",
            ),
        ],
    ),
    (
        "inclusive-service",
        "İnklüziv xidmət",
        "Инклюзивное обслуживание",
        "Inclusive service",
        [
            (
                "IS-01",
                "Əlilliyi olan şəxslərə xidmət",
                "Обслуживание лиц с инвалидностью",
                "Serving persons with disabilities",
            ),
            (
                "IS-02",
                "Yaşlı vətəndaşlara xidmət",
                "Обслуживание пожилых граждан",
                "Serving elderly citizens",
            ),
        ],
    ),
    (
        "leadership",
        "Liderlik",
        "Лидерство",
        "Leadership",
        [
            (
                "LD-01",
                "Komandanın idarə edilməsi",
                "Управление командой",
                "Leading a team",
            ),
            (
                "LD-02",
                "Xidmət keyfiyyətinin monitorinqi",
                "Мониторинг качества услуг",
                "Monitoring service quality",
            ),
        ],
    ),
]

# position code -> {competency code: required level rank}
REQUIREMENTS = {
    "front-office-operator": {
        "SS-01": 2,
        "SS-02": 2,
        "CE-01": 2,
        "CE-02": 2,
        "EG-01": 2,
        "DP-01": 2,
        "IS-01": 1,
    },
    "back-office-specialist": {
        "SS-01": 1,
        "SS-02": 2,
        "CE-01": 2,
        "EG-01": 2,
        "EG-02": 2,
        "DP-01": 2,
        "DP-02": 2,
    },
    "floor-manager": {
        "SS-01": 3,
        "SS-03": 3,
        "CE-01": 2,
        "CE-02": 2,
        "CE-03": 2,
        "EG-03": 2,
        "IS-01": 2,
        "IS-02": 2,
    },
    "volunteer": {"SS-01": 1, "SS-03": 1, "CE-01": 1, "IS-01": 1, "IS-02": 1},
    "centre-director": {
        "SS-01": 3,
        "SS-03": 3,
        "CE-01": 3,
        "CE-02": 3,
        "DP-01": 2,
        "LD-01": 3,
        "LD-02": 3,
    },
    "training-adviser": {"SS-01": 4, "CE-01": 3, "CE-03": 3, "LD-02": 2},
    "hr-adviser": {"CE-01": 2, "DP-01": 3, "DP-02": 3},
    "it-specialist": {"EG-01": 3, "EG-02": 3, "EG-03": 3, "DP-02": 2},
}

MALE_NAMES = [
    "Rəşad",
    "Elçin",
    "Vüqar",
    "Anar",
    "Elnur",
    "Samir",
    "Elşən",
    "İlqar",
    "Vüsal",
    "Orxan",
    "Tural",
    "Elvin",
    "Nicat",
    "Fərid",
    "Kənan",
    "Ramil",
    "Emin",
    "Ceyhun",
    "Murad",
    "Ülvi",
]
FEMALE_NAMES = [
    "Sevinc",
    "Günel",
    "Leyla",
    "Aygün",
    "Günay",
    "Sevda",
    "Vüsalə",
    "Könül",
    "Təranə",
    "Samirə",
    "Aynur",
    "Aysel",
    "Nərmin",
    "Səbinə",
    "Nigar",
    "Lalə",
    "Fidan",
    "Türkan",
    "Nərgiz",
    "Aytən",
]
SURNAMES = [
    "Məmmədov",
    "Əliyev",
    "Hüseynov",
    "Həsənov",
    "Quliyev",
    "İsmayılov",
    "Əhmədov",
    "Abdullayev",
    "Abbasov",
    "Cəfərov",
    "Rzayev",
    "Kərimov",
    "Babayev",
    "Qasımov",
    "Süleymanov",
    "Vəliyev",
    "Nəsirov",
    "Bağırov",
    "Musayev",
    "Səfərov",
]
NEUTRAL_SURNAMES = [
    "Cəfərli",
    "Dəmirli",
    "Şıxlı",
    "Ələsgərli",
    "Həsənzadə",
    "Rəsulzadə",
]
FATHERS = [
    "Tofiq",
    "Vaqif",
    "Rafiq",
    "Rasim",
    "Fikrət",
    "Şahin",
    "Natiq",
    "Yaşar",
    "Arif",
    "Zakir",
    "Mübariz",
    "Əziz",
    "Elçin",
    "Vüqar",
    "İlham",
    "Məmməd",
    "Həsən",
    "Rauf",
]

# The demo logins: username, full name, unit, position, role, managed unit
DEMO_USERS = [
    (
        "employee",
        "Əliyeva Leyla Tofiq qızı",
        "baku-1-front",
        "front-office-operator",
        "Employee",
        None,
    ),
    (
        "manager",
        "Kərimov Rəşad Vaqif oğlu",
        "baku-1",
        "centre-director",
        "Manager",
        "baku-1",
    ),
    (
        "trainer",
        "Məmmədova Sevinc Arif qızı",
        "hq-hrt",
        "training-adviser",
        "Trainer",
        None,
    ),
    ("hr", "Hüseynov Elnur Natiq oğlu", "hq-hrt", "hr-adviser", "HR", None),
    (
        "admin",
        "Cəfərli Kənan Rauf oğlu",
        "hq-it",
        "it-specialist",
        "Administrator",
        None,
    ),
]

# Staff mix for each centre: position code -> how many
CENTRE_STAFF = {
    "front-office-operator": 3,
    "back-office-specialist": 2,
    "floor-manager": 1,
    "volunteer": 2,
}

HOME_PAGE = {
    "az": (
        "ASAN Akademiya",
        "Agentliyin əməkdaşları üçün təlim və peşəkar inkişaf platforması.",
        "<p>Burada xidmət standartları, vətəndaşla ünsiyyət və elektron hökumət "
        "prosesləri üzrə kursları keçə, testlərdə biliyinizi yoxlaya və "
        "sertifikatlarınızı əldə edə bilərsiniz.</p>",
    ),
    "ru": (
        "ASAN Академия",
        "Платформа обучения и профессионального развития сотрудников агентства.",
        "<p>Здесь вы проходите курсы по стандартам обслуживания, общению с "
        "гражданами и процессам электронного правительства, проверяете знания в "
        "тестах и получаете сертификаты.</p>",
    ),
    "en": (
        "ASAN Academy",
        "Training and professional development for the agency's staff.",
        "<p>Take courses on service standards, communication with citizens and "
        "e-government processes, check your knowledge in quizzes and earn "
        "certificates.</p>",
    ),
}
