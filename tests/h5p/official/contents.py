"""Our own content for the packages ``assemble.py`` builds from the official
libraries: short Azerbaijani exercises on ASAN service standards.

Each entry's answers are the ones ``tests/browser/test_h5p_official.py`` plays
(what its play functions click and the text its ``shows`` waits for), so the
scores it expects are the full marks written beside each. Fields a content type
reads but we leave out are filled from its semantics' defaults when assembling."""

TEXT = "H5P.AdvancedText 1.1"
MULTICHOICE = "H5P.MultiChoice 1.16"
TRUEFALSE = "H5P.TrueFalse 1.8"


def sub(library, **params):
    return {"library": library, "params": params}


def text(html):
    return sub(TEXT, text=html)


GREETING = dict(
    question="<p>Vətəndaş xidmət zalına daxil olanda könüllü nə edir?</p>",
    answers=[
        {
            "text": "<div>Vətəndaşı salamlayır və ona yol göstərir</div>",
            "correct": True,
        },
        {"text": "<div>Növbəti vətəndaşı gözləyir</div>", "correct": False},
        {"text": "<div>Vətəndaşdan sənədləri tələb edir</div>", "correct": False},
    ],
    behaviour={"singleAnswer": True, "randomAnswers": False},
)  # 1 point

PRIVACY = dict(
    question="<p>ASAN xidmət əməkdaşı vətəndaşın şəxsi məlumatlarını üçüncü şəxslərə "
    "vermir.</p>",
    correct="true",
)  # 1 point: "True"

SLIDE_TEXT = (
    "<h2>Xidmət zalında gün</h2><p>Səhər hazırlığı, vətəndaşın qarşılanması "
    "və xidmətin sonunda rəy.</p>"
)

PACKAGES = [
    {
        "main": ("H5P.MultiChoice", 1, 16),
        "title": "Vətəndaşın qarşılanması",
        "content": GREETING,  # (1, 1)
    },
    {
        "main": ("H5P.TrueFalse", 1, 8),
        "title": "Şəxsi məlumatların məxfiliyi",
        "content": PRIVACY,  # True: (1, 1)
    },
    {
        "main": ("H5P.QuestionSet", 1, 21),
        "title": "ASAN xidmət standartları: sınaq",
        "content": {
            "introPage": {"showIntroPage": False},
            "progressType": "dots",
            "passPercentage": 50,
            "questions": [sub(MULTICHOICE, **GREETING), sub(TRUEFALSE, **PRIVACY)],
        },  # (2, 2)
    },
    {
        "main": ("H5P.Blanks", 1, 14),
        "title": "Xidmət müddətləri",
        "content": {
            "text": "<p>Boşluqları doldurun.</p>",
            "questions": [
                "<p>Vətəndaş növbədə *15* dəqiqədən çox gözləməməlidir.</p>",
                "<p>Mobil telefonla elektron imza xidmətinin adı *ASAN İmza*dır.</p>",
            ],
            "behaviour": {"caseSensitive": True, "autoCheck": False},
        },  # (2, 2)
    },
    {
        "main": ("H5P.MarkTheWords", 1, 11),
        "title": "Əməkdaşın davranışı",
        "content": {
            "taskDescription": "<p>Əməkdaşın davranışını təsvir edən sözləri "
            "seçin.</p>",
            "textField": "<p>ASAN xidmət əməkdaşı vətəndaşla *nəzakətli* danışır, "
            "xidməti *şəffaf* göstərir və növbəni izləyir.</p>",
        },  # (2, 2)
    },
    {
        "main": ("H5P.Summary", 1, 10),
        "title": "Xidmət qaydalarının xülasəsi",
        "content": {
            "intro": "Doğru ifadəni seçin.",
            "summaries": [
                {
                    "summary": [
                        "<p>Əməkdaş vətəndaşın şəxsi məlumatları gizli saxlayır.</p>",
                        "<p>Əməkdaş vətəndaşın məlumatlarını hamıya danışır.</p>",
                    ],
                    "tip": "",
                },
                {
                    "summary": [
                        "<p>Növbə talonu elektron qaydada verilir.</p>",
                        "<p>Növbəyə yazılmaq üçün ərizə kağızla verilir.</p>",
                    ],
                    "tip": "",
                },
            ],
        },  # (2, 2): the first statement of each is the true one
    },
    *[
        {
            "main": ("H5P.DragQuestion", 1, minor),
            "title": "Hansı sənəd kimə verilir?",
            "content": {
                "question": {
                    "settings": {"size": {"width": 620, "height": 310}},
                    "task": {
                        "elements": [
                            {
                                "type": text("<p>Şəxsiyyət vəsiqəsi</p>"),
                                "x": 2,
                                "y": 10,
                                "width": 11,
                                "height": 3,
                                "dropZones": ["0", "1"],
                            },
                            {
                                "type": text("<p>Doğum şəhadətnaməsi</p>"),
                                "x": 2,
                                "y": 55,
                                "width": 11,
                                "height": 3,
                                "dropZones": ["0", "1"],
                            },
                        ],
                        "dropZones": [
                            {
                                "label": "<div>Böyüklər</div>",
                                "showLabel": True,
                                "x": 45,
                                "y": 5,
                                "width": 12,
                                "height": 8,
                                "correctElements": ["0"],
                                "single": False,
                                "autoAlign": True,
                            },
                            {
                                "label": "<div>Uşaqlar</div>",
                                "showLabel": True,
                                "x": 70,
                                "y": 5,
                                "width": 12,
                                "height": 8,
                                "correctElements": ["1"],
                                "single": False,
                                "autoAlign": True,
                            },
                        ],
                    },
                },
            },  # (2, 2)
        }
        for minor in (15, 13)
    ],
    {
        "main": ("H5P.Column", 1, 18),
        "title": "Vətəndaşın qarşılanması: qayda və sual",
        "content": {
            "content": [
                {
                    "content": text(
                        "<p>Vətəndaşı ayağa qalxaraq, gülümsəyərək və göz təması "
                        "quraraq qarşılayın.</p>"
                    )
                },
                {"content": sub(MULTICHOICE, **GREETING)},
            ],
        },
    },
    {
        "main": ("H5P.CoursePresentation", 1, 27),
        "title": "Xidmət zalında gün",
        "content": {
            "presentation": {
                "slides": [
                    {
                        "elements": [
                            {
                                "x": 5,
                                "y": 5,
                                "width": 90,
                                "height": 60,
                                "action": text(SLIDE_TEXT),
                            }
                        ],
                        "keywords": [{"main": "Xidmət zalında gün"}],
                    },
                    {
                        "elements": [
                            {
                                "x": 5,
                                "y": 5,
                                "width": 90,
                                "height": 90,
                                "action": sub(TRUEFALSE, **PRIVACY),
                            }
                        ],
                        "keywords": [{"main": "Sual"}],
                    },
                ],
                "keywordListEnabled": False,
            },
        },  # the summary slide: (1, 1)
    },
    {
        "main": ("H5P.InteractiveVideo", 1, 28),
        "title": "Video: vətəndaşın qarşılanması",
        "content": {
            "interactiveVideo": {
                "video": {
                    "startScreenOptions": {
                        "title": "Video: vətəndaşın qarşılanması",
                        "hideStartTitle": False,
                    },
                    # No video here: the browser test adds a short clip it makes
                    # (content/videos/clip.webm) when ffmpeg is installed.
                    "files": [],
                },
                "assets": {
                    "interactions": [
                        {
                            "x": 5,
                            "y": 5,
                            "width": 40,
                            "height": 25,
                            "duration": {"from": 1, "to": 4},
                            "pause": True,
                            "displayType": "poster",
                            "action": sub(MULTICHOICE, **GREETING),
                        }
                    ],
                    "endscreens": [{"time": 4, "label": "0:04 Nəticə"}],
                },
            },
        },  # the end screen's Submit: (1, 1)
    },
    {
        "main": ("H5P.Accordion", 1, 0),
        "title": "ASAN xidmət haqqında",
        "content": {
            "panels": [
                {
                    "title": "ASAN xidmət nədir?",
                    "content": text(
                        "<p>Dövlət xidmətlərinin bir yerdə, şəffaf və nəzakətlə "
                        "göstərildiyi mərkəz.</p>"
                    ),
                },
                {
                    "title": "Növbə necə alınır?",
                    "content": text("<p>Terminaldan elektron növbə talonu alınır.</p>"),
                },
            ],
        },
    },
    {
        "main": ("H5P.Dialogcards", 1, 9),
        "title": "ASAN xidmətlər: kartlar",
        "content": {
            "title": "<p>Xidmətlər</p>",
            "dialogs": [
                {
                    "text": "<p>ASAN İmza</p>",
                    "answer": "<p>Mobil telefonla elektron imza</p>",
                },
                {
                    "text": "<p>ASAN Login</p>",
                    "answer": "<p>Dövlət portallarına vahid giriş</p>",
                },
            ],
        },
    },
]
