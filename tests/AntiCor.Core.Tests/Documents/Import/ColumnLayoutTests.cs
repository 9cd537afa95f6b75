using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>Columns found by what their headers say, in any order and wording.</summary>
public sealed class ColumnLayoutTests
{
    [Theory]
    [InlineData("№ з/п", ColumnMeaning.Number)]
    [InlineData("Назва напрямку реалізації", ColumnMeaning.Direction)]
    [InlineData("Розділ", ColumnMeaning.Direction)]
    [InlineData("Сфера діяльності", ColumnMeaning.Sphere)]
    [InlineData("Функція (процес), під час реалізації якої може виникнути ризик", ColumnMeaning.Process)]
    [InlineData("Перелік заходів", ColumnMeaning.Measures)]
    [InlineData("Зміст заходу", ColumnMeaning.Measures)]
    [InlineData("Найменування завдання", ColumnMeaning.Measures)]
    [InlineData("Заходи щодо усунення (мінімізації) корупційного ризику", ColumnMeaning.Measures)]
    [InlineData("Термін виконання заходу", ColumnMeaning.Term)]
    [InlineData("Строк виконання", ColumnMeaning.Term)]
    [InlineData("Виконавці", ColumnMeaning.Executors)]
    [InlineData("Відповідальні за виконання заходу", ColumnMeaning.Executors)]
    [InlineData("Очікуваний результат", ColumnMeaning.ExpectedResult)]
    [InlineData("Прогнозовані результати впровадження заходу", ColumnMeaning.ExpectedResult)]
    [InlineData("Індикатори виконання", ColumnMeaning.Indicators)]
    [InlineData("Показники результативності", ColumnMeaning.Indicators)]
    [InlineData("Одиниця виміру", ColumnMeaning.IndicatorUnit)]
    [InlineData("Цільове значення", ColumnMeaning.IndicatorTarget)]
    [InlineData("Необхідні ресурси", ColumnMeaning.Resources)]
    [InlineData("Джерела фінансування", ColumnMeaning.Resources)]
    [InlineData("Корупційний ризик", ColumnMeaning.Risk)]
    [InlineData("Опис ризику порушення доброчесності", ColumnMeaning.Risk)]
    [InlineData("Чинники (джерела) корупційного ризику", ColumnMeaning.RiskSources)]
    [InlineData("Наявні заходи контролю", ColumnMeaning.Controls)]
    [InlineData("Ймовірність виникнення ризику", ColumnMeaning.Likelihood)]
    [InlineData("Наслідки", ColumnMeaning.Consequence)]
    [InlineData("Рівень корупційного ризику", ColumnMeaning.RiskLevel)]
    [InlineData("Пріоритетність ризику", ColumnMeaning.RiskLevel)]
    [InlineData("Дата фактичного виконання", ColumnMeaning.MonitoringDate)]
    [InlineData("Стан виконання", ColumnMeaning.MonitoringStatus)]
    [InlineData("Інформація про виконання", ColumnMeaning.MonitoringResult)]
    public void A_header_names_its_column_in_many_wordings(string header, ColumnMeaning meaning)
    {
        Assert.Equal(meaning, ColumnVocabulary.MeaningOf(header));
    }

    [Theory]
    [InlineData("Примітка")]
    [InlineData("")]
    public void A_header_no_rule_knows_has_no_meaning(string header)
    {
        Assert.Null(ColumnVocabulary.MeaningOf(header));
    }

    private static RawRow Row(int line, params string[] cells) => new(line, cells.Select(CellText.ToCell).ToList());

    [Fact]
    public void A_header_spanning_sub_columns_is_read_with_them_above_the_column_numbers()
    {
        var warnings = new List<ImportWarning>();
        var table = TableAssembler.Assemble(
            [
                Row(1, "№", "Захід", "Строк", "Індикатори виконання", "", ""),
                Row(2, "", "", "", "назва", "одиниця виміру", "цільове значення"),
                Row(3, "1", "2", "3", "4", "5", "6"),
                Row(4, "1.", "Провести навчання", "2025 рік", "Кількість навчань", "од.", "2"),
            ],
            warnings);

        var c = table.Columns;
        Assert.Equal(
            [0, 1, 2, 3, 4, 5],
            new[] { ColumnMeaning.Number, ColumnMeaning.Measures, ColumnMeaning.Term, ColumnMeaning.Indicators, ColumnMeaning.IndicatorUnit, ColumnMeaning.IndicatorTarget }.Select(m => c[m]));
        Assert.Equal([4], table.Rows.Select(r => r.Line));
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_header_is_found_below_title_rows_and_an_unknown_or_repeated_column_is_named()
    {
        var warnings = new List<ImportWarning>();
        var table = TableAssembler.Assemble(
            [
                Row(1, "План заходів на 2025 рік", "", "", "", ""),
                Row(2, "Захід", "Виконавець", "Співвиконавці", "Термін", "Примітка"),
                Row(3, "Навчити працівників", "Відділ кадрів", "Юридичний відділ", "2025 рік", "—"),
            ],
            warnings);

        Assert.Equal((0, 1, 3), (table.Columns.Measures, table.Columns.Executors, table.Columns.Term));
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal((WarningCodes.ColumnUnknown, 2), (w.Code, w.Line)));
        Assert.Contains("Стовпець 3 «Співвиконавці»", warnings[0].Message);
        Assert.Contains("стовпець 2 «Виконавець»", warnings[0].Message);
        Assert.StartsWith("Стовпець 5 «Примітка» не розпізнано", warnings[1].Message);
    }

    [Fact]
    public void A_header_without_a_column_for_measures_is_refused_naming_what_it_found()
    {
        var text = "РОЗПОРЯДЖЕННЯ\n\n№ 3\n\nОпис\tТермін\tВиконавці\nЩось зробити\tПостійно\tВідділ\n";
        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(Encoding.UTF8.GetBytes(text), "plan.txt"));
        Assert.Equal("У заголовку таблиці (рядок 5) немає стовпця із заходами (наприклад, «Перелік заходів», «Зміст заходу», «Заходи щодо усунення ризику»); знайдено стовпці: «Опис», «Термін», «Виконавці».", e.Message);
    }

    [Fact]
    public void A_sphere_column_names_directions_and_the_number_column_numbers_rows()
    {
        var text = string.Join("\n",
            "№\tСфера діяльності\tЗахід\tСтрок\tВідповідальні",
            "1\tПублічні закупівлі\tПеревіряти тендерну документацію\tПостійно\tВідділ закупівель",
            "2\t\tОприлюднювати договори\tЩокварталу\tВідділ закупівель",
            "3\tКадрова робота\tПеревіряти кандидатів\tПостійно\tВідділ кадрів",
            "");
        var d = ProgrammeImporter.Import(Encoding.UTF8.GetBytes(text), "plan.txt");
        Assert.Equal([(1, "Публічні закупівлі"), (2, "Кадрова робота")], d.Programme.Directions.Select(x => (x.Number, x.Title)));
        Assert.Equal(["1.1", "1.2", "2.1"], d.Programme.Directions.SelectMany(x => x.Measures).Select(m => m.Number));
        Assert.DoesNotContain(d.Programme.Directions.SelectMany(x => x.Measures), m => m.NeedsReview);
        Assert.Single(d.Warnings, w => w.Code == WarningCodes.MeasuresNumberedInOrder);
        Assert.DoesNotContain(d.Warnings, w => w.Code.StartsWith("direction-"));
    }

    [Fact]
    public void A_section_row_may_put_its_number_and_title_in_two_cells()
    {
        var text = string.Join("\n",
            "№\tЗміст заходу\tТермін\tВиконавці",
            "1\tОцінка корупційних ризиків\t\t",
            "1.1\tОцінити ризики\t2025 рік\tКомісія",
            "1.2\tОновити реєстр ризиків\t2025 рік\tКомісія",
            "");
        var d = ProgrammeImporter.Import(Encoding.UTF8.GetBytes(text), "plan.txt");
        var direction = Assert.Single(d.Programme.Directions);
        Assert.Equal((1, "Оцінка корупційних ризиків"), (direction.Number, direction.Title));
        Assert.Equal(["1.1", "1.2"], direction.Measures.Select(m => m.Number));
    }
}
