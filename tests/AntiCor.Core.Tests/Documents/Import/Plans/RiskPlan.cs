using AntiCor.Core.Tests.Builders;

namespace AntiCor.Core.Tests.Documents.Import.Plans;

/// <summary>
/// A town's risk-based anti-corruption programme, written for these tests in the layout of the
/// NACP methodology: function (process) and risk cells merged down over their measures, the risk
/// assessment spanning two sub-columns of a two-row header, resources, expected results and
/// indicators per measure. The same table serves as a DOCX order and as an XLSX annex without
/// the order's text.
/// </summary>
internal static class RiskPlan
{
    public const string Procurement = "Публічні закупівлі";
    public const string Personnel = "Управління персоналом";
    public const string Bias = "Встановлення в тендерній документації дискримінаційних вимог на користь окремого учасника";
    public const string Splitting = "Поділ предмета закупівлі з метою уникнення конкурентних процедур";
    public const string Conflict = "Неврегульований конфлікт інтересів членів конкурсної комісії під час добору на посади";
    public const string Officer = "Уповноважена особа з питань запобігання та виявлення корупції";

    public static readonly string[] Preamble =
    [
        "РІШЕННЯ",
        "ВИКОНАВЧОГО КОМІТЕТУ ПРИБЕРЕЖНЕНСЬКОЇ МІСЬКОЇ РАДИ",
        "від 6 лютого 2025 року № 27",
        "Про затвердження Антикорупційної програми Прибережненської міської ради на 2025-2027 роки",
        "1. Затвердити Антикорупційну програму Прибережненської міської ради на 2025-2027 роки, що додається.",
        "2. Виконавцям заходів щопівроку протягом 10 робочих днів після закінчення звітного півріччя інформувати відділ з питань запобігання корупції про стан їх виконання.",
        "Міський голова",
        "Тарас ЛИСЕНКО",
    ];

    public const string Title = "Антикорупційна програма Прибережненської міської ради на 2025-2027 роки";

    private static DocxCell Start(string text) => new([text], MergeStart: true);

    private static readonly DocxCell Below = new([], MergeContinue: true);

    public static IReadOnlyList<DocxCell[]> Table =>
    [
        ["№ з/п", Start("Функція (процес)"), Start("Корупційний ризик"), new DocxCell(["Оцінка ризику"], Span: 2), Start("Заходи щодо усунення (мінімізації) ризику"), Start("Строк виконання"), Start("Відповідальні"), Start("Необхідні ресурси"), Start("Очікуваний результат"), Start("Індикатори виконання")],
        ["", Below, Below, "ймовірність", "рівень", Below, Below, Below, Below, Below, Below],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
        [
            Start("1"), Start(Procurement), Start(Bias), Start("висока"), Start("Високий"),
            "Перевіряти проєкти тендерної документації до їх оприлюднення", "Постійно", Officer, "У межах кошторису", "Відсутність скарг на дискримінаційні умови", "Частка перевірених документацій — 100 %",
        ],
        [
            Below, Below, Below, Below, Below,
            "Оприлюднювати на вебсайті звіти про укладені договори", "2025-2027 роки, щокварталу", "Відділ економіки та закупівель", "Не потребує", "Відкритість закупівель", new DocxCell(["Кількість оприлюднених звітів", "Кількість переглядів звітів"]),
        ],
        [
            Below, Below, Splitting, "середня", "Середній",
            "Аналізувати річний план закупівель на поділ предмета закупівлі", "до 31 січня щороку", "Відділ економіки та закупівель, фінансове управління", "Не потребує", "Запобігання поділу предмета закупівлі", "Кількість виявлених випадків поділу",
        ],
        [
            Start("2"), Start(Personnel), Start(Conflict), Start("низька"), Start("Низький"),
            "Залучати уповноважену особу до роботи конкурсних комісій", "за потреби", Officer, "Не потребує", "Урегульований конфлікт інтересів", "Частка засідань за участі уповноваженої особи",
        ],
        [
            Below, Below, Below, Below, Below,
            "Провести навчання членів конкурсних комісій щодо конфлікту інтересів", "І квартал 2025 року", "Відділ кадрової роботи", "Кошти місцевого бюджету — 5 тис. грн", "Члени комісій знають правила", "Кількість навчених осіб",
        ],
    ];

    public static byte[] Docx()
    {
        var builder = new DocxBuilder();
        foreach (var paragraph in Preamble)
        {
            builder.Paragraph(paragraph);
        }

        return builder.Paragraph(Title).Table(Table, headerRows: 2).Build();
    }

    /// <summary>
    /// The annex alone as a workbook: a notes sheet first, a hidden lookup sheet, then the sheet
    /// with the title merged across the columns, an empty row and the same table.
    /// </summary>
    public static byte[] Xlsx() => new XlsxBuilder()
        .Sheet("Пояснення", [["Цю книгу підготовлено для громадського обговорення програми."], ["Зауваження надсилайте до 1 березня."]])
        .Sheet("Довідники", [["Рівні ризику", "низький", "середній", "високий"]], hidden: true)
        .Sheet("Заходи", [[new DocxCell([Title], Span: 11)], [""], .. Table])
        .Build();
}
