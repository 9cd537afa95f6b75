using AntiCor.Core.Contracts;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>
/// The whole annex of order No. 98 as a person reads it, checked by hand against the document
/// measure by measure: numbers, titles, texts, terms, executors and review flags.
/// </summary>
internal static class SeedExpectation
{
    public const string Unit = "unit";
    public const string Group = "group";
    public const string External = "external";

    public const string AntiCorruptionDepartment = "Відділ з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами";

    public const string Years2019To2020 = "2019-2020 роки";

    public static readonly (int Number, string Title)[] Directions =
    [
        (1, "Забезпечення прозорості діяльності органів місцевого самоврядування у сфері прийняття управлінських рішень та у сфері надання адміністративних послуг"),
        (2, "Усунення корупціогенних чинників у процедурах публічних закупівель"),
        (3, "Створення інституціонального механізму формування та реалізації державної антикорупційної політики"),
        (4, "Впровадження превентивних заходів щодо запобігання корупції"),
        (5, "Впровадження системного підходу до запобігання корупції на основі результатів аналізу корупційних ризиків"),
        (6, "Встановлення нових форм співпраці з громадськістю у формуванні та моніторингу реалізації державної антикорупційної політики"),
        (7, "Забезпечення впровадження сучасної моделі служби в органах місцевого самоврядування"),
        (8, "Формування антикорупційної свідомості громадян"),
        (9, "Випуск комунікаційних продуктів, що стосуються питань запобігання та протидії корупції, у т.ч., що сприяють зниженню толерантності до корупції в суспільстві, а саме соціальні рекламні кампанії (за наявності бюджетних призначень та ін. ресурсів)"),
    ];

    public static readonly ExpectedMeasure[] Measures =
    [
        new(
            "1.1",
            "Забезпечити функціонування, ведення та своєчасне оновлення вебсторінок, інших електронних ресурсів органів місцевого самоврядування, особливо рубрик (розділів) щодо надання адміністративних послуг",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Відділ інформаційно-комп'ютерного забезпечення", Unit, false), new ExpectedExecutor("Виконавчі органи", Group, false), new ExpectedExecutor("ЦНАП", Unit, false)],
            NeedsReview: false),
        new(
            "1.2",
            "Встановити ефективний контроль за виконанням статті 15 Закону України \"Про доступ до публічної інформації\", забезпечувати оприлюднення на офіційних вебсайтах нормативно-правових актів, актів індивідуальної дії (крім внутрішньоорганізаційних), прийнятих розпорядником інформації",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Відділ інформаційно-комп'ютерного забезпечення", Unit, false), new ExpectedExecutor("Управління апарату Міської ради міста Кропивницького", Unit, false), new ExpectedExecutor("Виконавчі органи", Group, false)],
            NeedsReview: false),
        new(
            "1.3",
            "Забезпечити оприлюднення інформацій про виконання бюджету міста відповідно до вимог статті 28 Бюджетного кодексу України",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Фінансове управління", Unit, false)],
            NeedsReview: false),
        new(
            "1.4",
            "Забезпечити виконання у повному обсязі заходів, передбачених статтею 28 Бюджетного кодексу України",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Виконавчі органи - головні розпорядники коштів", Group, false)],
            NeedsReview: false),
        new(
            "1.5",
            "Забезпечити розміщення в місцях прийому суб'єктів звернень для отримання адміністративних послуг інформації, необхідної для звернення особи до державного органу без сторонньої допомоги (інформаційні стенди зі зразками документів, довідковими телефонами, годинами прийому, порядком надання адміністративних послуг)",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("ЦНАП", Unit, false)],
            NeedsReview: false),
        new(
            "1.6",
            "Сприяти розвитку та удосконаленню роботи інтегрованих прозорих офісів — центрів надання адміністративних послуг",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("ЦНАП", Unit, false)],
            NeedsReview: false),
        new(
            "1.7",
            "Організувати створення спеціальних автоматизованих пунктів доступу до електронних послуг через центр надання адміністративних послуг",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("ЦНАП", Unit, false)],
            NeedsReview: false),
        new(
            "1.8",
            "Забезпечити інтеграцію кваліфікованого електронного підпису та інших схем електронної ідентифікації з використанням мобільного електронного підпису (Mobile ID) до офіційного вебсайту центру надання адміністративних послуг",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("ЦНАП", Unit, false)],
            NeedsReview: false),
        new(
            "2.1",
            "Забезпечити участь осіб, відповідальних за здійснення публічних закупівель, та уповноважених осіб з питань запобігання та виявлення корупції у проведенні тренінгів щодо виявлення конфлікту інтересів та корупційних ризиків під час здійснення публічних закупівель",
            new TermData("annual", "Щороку відповідно до затверджених планів", null, null),
            [new ExpectedExecutor("Виконавчі органи", Group, false)],
            NeedsReview: false),
        new(
            "3.1",
            "Забезпечити ефективне функціонування уповноважених підрозділів (уповноважених осіб), осіб з питань запобігання та виявлення корупції в органах місцевого самоврядування, на підприємствах, в установах і організаціях, що перебувають у комунальній власності. Завчасно (не пізніше 5 календарних днів до призначення) надавати інформацію щодо особи, яка претендує на зайняття посади, зазначеної у підпункті “в” пункту 1 та підпункті “а” пункту 2 частини першої статті 3 Закону України “Про запобігання корупції”, до відділу з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Виконавчі органи", Group, false), new ExpectedExecutor("Керівники підприємств, установ, організацій, що перебувають у комунальній власності", Group, false)],
            NeedsReview: false),
        new(
            "3.2",
            "Забезпечити участь працівників уповноважених підрозділів, уповноважених осіб у тренінгах, що проводяться Національним агентством з питань запобігання корупції",
            new TermData("per-plan", "Відповідно до планів НАЗК", null, null),
            [new ExpectedExecutor("Відділ кадрової роботи", Unit, false)],
            NeedsReview: false),
        new(
            "4.1",
            "Забезпечити погодження проектів розпоряджень міського голови, рішень виконавчого комітету та міської ради з кадрових питань, основної діяльності, адміністративно-господарських питань з метою виявлення причин, що призводять чи можуть призвести до вчинення корупційних або пов'язаних з корупцією правопорушень, та внесення відповідних пропозицій щодо їх усунення",
            new TermData("continuous", "Постійно", null, null),
            [new ExpectedExecutor(AntiCorruptionDepartment, Unit, false)],
            NeedsReview: false),
        new(
            "5.1",
            "Забезпечити затвердження міських заходів щодо запобігання корупційним правопорушенням та правопорушенням, пов'язаним з корупцією, та антикорупційних програм комунальних підприємств, а також здійснювати моніторинг їх виконання",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor(AntiCorruptionDepartment, Unit, false), new ExpectedExecutor("Виконавчі органи", Group, false), new ExpectedExecutor("Керівники підприємств, установ, організацій, що перебувають у комунальній власності", Group, false)],
            NeedsReview: false),
        new(
            "6.1",
            "Продовжити практику попереднього громадського обговорення суспільно важливих питань",
            new TermData("per-plan", "У строки, визначені орієнтовним планом проведення консультацій з громадськістю", null, null),
            [new ExpectedExecutor("Відділ з питань внутрішньої політики", Unit, false), new ExpectedExecutor("Виконавчі органи", Group, false)],
            NeedsReview: false),
        new(
            "6.2",
            "Сприяти Громадській раді при Виконавчому комітеті Міської ради міста Кропивницького у проведенні роботи з підвищення рівня громадянської свідомості та активності населення у боротьбі з корупцією",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor(AntiCorruptionDepartment, Unit, false), new ExpectedExecutor("Громадська рада", External, true)],
            NeedsReview: true),
        new(
            "7.1",
            "Організувати розміщення на офіційному вебсайті міської ради інформації про перелік вакантних посад та результати проведення конкурсу на їх заміщення",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Відділ кадрової роботи", Unit, false), new ExpectedExecutor("Керівники виконавчих органів", Group, false)],
            NeedsReview: true),
        new(
            "7.2",
            "Забезпечити якісний добір та розстановку кадрів на засадах неупередженого конкурсного відбору та їх оцінювання",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Відділ кадрової роботи", Unit, false), new ExpectedExecutor("Керівники виконавчих органів", Group, false)],
            NeedsReview: true),
        new(
            "7.3",
            "Забезпечити дотримання Загальних правил етичної поведінки державних службовців та посадових осіб місцевого самоврядування, затверджених наказом Національного агентства України з питань державної служби від 05 серпня 2016 року № 158",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Відділ кадрової роботи", Unit, false), new ExpectedExecutor("Керівники виконавчих органів", Group, false)],
            NeedsReview: true),
        new(
            "7.4",
            "Організувати навчання та підвищення кваліфікації посадових осіб місцевого самоврядування з питань запобігання корупції",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor(AntiCorruptionDepartment, Unit, false)],
            NeedsReview: true),
        new(
            "7.5",
            "Встановити ефективний контроль за дотриманням законодавства, що регулює питання врегулювання конфлікту інтересів",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [],
            NeedsReview: true),
        new(
            "7.6",
            "Проводити методичну роботу щодо роз'яснення інституту конфлікту інтересів та пов'язаних з ним наслідків, щодо заборон і обмежень, встановлених антикорупційним законодавством, відповідальності за корупційні правопорушення, пов'язані з корупцією, а також моделей поведінки у тих чи інших ситуаціях з можливими корупційними ризиками для осіб, уповноважених на виконання функцій місцевого самоврядування",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Юридичне управління", Unit, false), new ExpectedExecutor(AntiCorruptionDepartment, Unit, false)],
            NeedsReview: false),
        new(
            "7.7",
            "Забезпечити доведення до суб'єктів декларування порядку подання декларації особи, уповноваженої на виконання функцій держави або місцевого самоврядування, а також забезпечити поширення відповідних методичних рекомендацій шляхом їх розміщення на офіційних вебсайтах",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Відділ кадрової роботи", Unit, false), new ExpectedExecutor(AntiCorruptionDepartment, Unit, false)],
            NeedsReview: false),
        new(
            "8.1",
            "Проводити у загальноосвітніх та професійно-технічних навчальних закладах міста антикорупційну інформаційно-просвітницьку роботу, у тому числі у формі зустрічей з працівниками спеціально уповноважених суб'єктів у сфері протидії корупції, представниками громадських правозахисних організацій з метою формування в учнів, студентів та їх батьків нетерпимого ставлення до проявів корупції, проводити моніторинг педагогічної та батьківської думки щодо корупційних проявів у цій сфері",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor("Управління освіти", Unit, false)],
            NeedsReview: false),
        new(
            "9.1",
            "Вивчити питання розробки та розповсюдження комунікаційних продуктів",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor(AntiCorruptionDepartment, Unit, false), new ExpectedExecutor("Відділ по роботі із засобами масової інформації", Unit, false), new ExpectedExecutor("Керівники підприємств, установ, організацій, що перебувають у комунальній власності", Group, false)],
            NeedsReview: false),
        new(
            "9.2",
            "Напрацювати план розробки та розповсюдження комунікаційних продуктів",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor(AntiCorruptionDepartment, Unit, false), new ExpectedExecutor("Відділ по роботі із засобами масової інформації", Unit, false), new ExpectedExecutor("Керівники підприємств, установ, організацій, що перебувають у комунальній власності", Group, false)],
            NeedsReview: false),
        new(
            "9.3",
            "Сприяти розробці та розповсюдженню комунікаційних продуктів (за наявності ресурсу)",
            new TermData("period", Years2019To2020, new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            [new ExpectedExecutor(AntiCorruptionDepartment, Unit, false), new ExpectedExecutor("Відділ по роботі із засобами масової інформації", Unit, false), new ExpectedExecutor("Керівники підприємств, установ, організацій, що перебувають у комунальній власності", Group, false)],
            NeedsReview: false),
    ];
}

internal sealed record ExpectedExecutor(string Name, string Kind, bool ConsentRequired);

internal sealed record ExpectedMeasure(string Number, string Text, TermData Term, ExpectedExecutor[] Executors, bool NeedsReview);
