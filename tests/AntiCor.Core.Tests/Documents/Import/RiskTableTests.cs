using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>Risk and monitoring columns in plain text: continuation rows, levels and statuses, and what cannot be matched.</summary>
public sealed class RiskTableTests
{
    private static ProgrammeDocument Import(params string[] rows) =>
        ProgrammeImporter.Import(Encoding.UTF8.GetBytes(string.Join("\n", rows) + "\n"), "plan.txt");

    private static List<MeasureData> Measures(ProgrammeDocument d) => d.Programme.Directions.SelectMany(x => x.Measures).ToList();

    [Fact]
    public void Continuation_rows_add_measures_to_the_risk_above_and_a_risk_without_measures_is_named()
    {
        var d = Import(
            "Корупційний ризик\tРівень ризику\tЗахід\tСтрок\tВиконавці",
            "Завищення обсягів робіт в актах\tвисокий\tПеревіряти акти виконаних робіт\tПостійно\tВідділ капітального будівництва",
            "\t\tЗалучати технічний нагляд\tПостійно\tВідділ капітального будівництва",
            "Використання службової інформації\tзначний або середній\tОбмежити доступ до реєстрів\t2025 рік\tЗагальний відділ",
            "Подарунки від відвідувачів\tнизький\t\t\t");

        var measures = Measures(d);
        Assert.Equal(["Завищення обсягів робіт в актах", "Завищення обсягів робіт в актах", "Використання службової інформації"], measures.Select(m => m.Risk!.Description));
        Assert.Same(measures[0].Risk, measures[1].Risk);
        Assert.Equal([RiskLevels.High, RiskLevels.High, null], measures.Select(m => m.Risk!.LevelNormalized));
        Assert.Equal("значний або середній", measures[2].Risk!.Level);
        var unknownLevel = Assert.Single(d.Warnings, w => w.Code == WarningCodes.RiskLevelUnknown);
        Assert.Equal((4, "1.3"), (unknownLevel.Line!.Value, unknownLevel.Measure));
        var orphan = Assert.Single(d.Warnings, w => w.Code == WarningCodes.RiskWithoutMeasures);
        Assert.Equal(5, orphan.Line);
        Assert.Contains("«Подарунки від відвідувачів»", orphan.Message);
    }

    [Fact]
    public void Monitoring_columns_are_read_with_the_status_normalised_and_doubts_flagged()
    {
        var d = Import(
            "Захід\tСтрок\tВиконавці\tСтан виконання\tДата фактичного виконання\tРезультат виконання",
            "Оновити реєстр ризиків\t2025 рік\tКомісія\tВиконано\t15.03.2025\tРеєстр оновлено",
            "Навчити працівників\t2025 рік\tВідділ кадрів\tВиконується\t\t",
            "Перевірити декларації\t2025 рік\tСектор\tне виконано\tу березні\tПеренесено",
            "Оприлюднити звіт\t2025 рік\tСектор\tвідкладено\t\t",
            "Провести опитування\t2025 рік\tСектор\t\t\t");

        Assert.Equal(
            [
                new MonitoringData(new DateOnly(2025, 3, 15), "Виконано", "Реєстр оновлено") { StatusNormalized = MonitoringStatuses.Done },
                new MonitoringData(null, "Виконується", null) { StatusNormalized = MonitoringStatuses.InProgress },
                new MonitoringData(null, "не виконано", "у березні; Перенесено") { StatusNormalized = MonitoringStatuses.NotDone },
                new MonitoringData(null, "відкладено", null),
                null,
            ],
            Measures(d).Select(m => m.Monitoring));
        Assert.Equal(["1.3"], d.Warnings.Where(w => w.Code == WarningCodes.MonitoringDateUnreadable).Select(w => w.Measure));
        Assert.Equal(["1.4"], d.Warnings.Where(w => w.Code == WarningCodes.MonitoringStatusUnknown).Select(w => w.Measure));
    }

    [Fact]
    public void Results_that_cannot_be_matched_to_the_measures_of_their_row_are_paired_in_order_and_flagged()
    {
        var d = Import(
            "Захід\tСтрок\tВиконавці\tОчікуваний результат",
            "<p>1. Оновити реєстр</p><p>2. Оприлюднити реєстр</p>\tПостійно\tКомісія\t<p>Реєстр оновлено</p><p>Реєстр на сайті</p><p>Звіт голові</p>",
            "3. Провести навчання\t2025 рік\tВідділ кадрів\t<p>Навчено 20 осіб</p><p>Складено тест</p>");

        var measures = Measures(d);
        Assert.Equal(["Реєстр оновлено", "Реєстр на сайті Звіт голові", "Навчено 20 осіб Складено тест"], measures.Select(m => m.ExpectedResult));
        Assert.Equal([true, true, false], measures.Select(m => m.NeedsReview));
        Assert.Equal(["1.1", "1.2"], d.Warnings.Where(w => w.Code == WarningCodes.CellCountMismatch).Select(w => w.Measure));
    }

    [Theory]
    [InlineData("Високий", RiskLevels.High)]
    [InlineData("середній (2 бали)", RiskLevels.Medium)]
    [InlineData("Н - низький", RiskLevels.Low)]
    [InlineData("критичний", RiskLevels.High)]
    [InlineData("3", null)]
    [InlineData("високий/середній", null)]
    public void A_level_is_normalised_only_where_its_words_name_one_level(string written, string? level)
    {
        Assert.Equal(level, WrittenValues.RiskLevel(written));
    }

    [Theory]
    [InlineData("Виконано", MonitoringStatuses.Done)]
    [InlineData("реалізовано в повному обсязі", MonitoringStatuses.Done)]
    [InlineData("Частково виконано", MonitoringStatuses.InProgress)]
    [InlineData("у процесі виконання", MonitoringStatuses.InProgress)]
    [InlineData("Не виконано", MonitoringStatuses.NotDone)]
    [InlineData("не розпочато", MonitoringStatuses.NotDone)]
    [InlineData("відкладено", null)]
    public void A_status_is_normalised_only_where_its_words_name_one(string written, string? status)
    {
        Assert.Equal(status, WrittenValues.MonitoringStatus(written));
    }
}
