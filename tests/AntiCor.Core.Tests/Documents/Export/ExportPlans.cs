using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Export;

/// <summary>
/// Programmes for the export tests in the contract form: the seed as imported, and two built by
/// hand as other bodies write them — a village council's decision with terms of every kind and an
/// external executor by consent, and an enterprise's order with eleven directions, two-digit
/// measure numbers, one-measure directions, a cited parent programme and very long texts.
/// </summary>
internal static class ExportPlans
{
    public static readonly ProgrammeDocument Seed = ProgrammeImporter.Import(TestFiles.SeedBytes(), "seed.txt");

    public static ProgrammeDocument Village() => Document(
        new ProgrammeData(
            null,
            "Антикорупційна програма Великоселицької сільської ради на 2021 рік",
            new LegalBasisData("Виконавчий комітет Великоселицької сільської ради", "рішення", "12-р", new DateOnly(2021, 1, 25), new SignatoryData("Сільський голова", "Марія КОВАЛЬ"))
            {
                Title = "Про затвердження Антикорупційної програми Великоселицької сільської ради на 2021 рік",
            },
            null,
            new PeriodData(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)),
            "Сектор з питань запобігання корупції",
            new ReportingData("half-yearly", 10) { DueMonth = "first-after-period" },
            [
                new DirectionData(1, "Організаційні заходи",
                [
                    Measure("1.1", "Призначити уповноважену особу з питань запобігання корупції", Term("date", "до 1 березня 2021 року", null, new DateOnly(2021, 3, 1)), Unit("Сектор з питань запобігання корупції", "сектор з питань запобігання корупції")),
                    Measure("1.2", "Провести оцінку корупційних ризиків у діяльності ради, її виконавчого комітету та комунальних закладів", Term("period", "І півріччя 2021 року", new DateOnly(2021, 1, 1), new DateOnly(2021, 6, 30)) with { PartOfYear = "H1" }, Unit("Сектор з питань запобігання корупції"), Group("Керівники підприємств, установ, організацій, що перебувають у комунальній власності", "керівники підприємств, установ, організацій, що перебувають у комунальній власності")),
                    Measure("1.3", "Організувати навчання посадових осіб з питань етичної поведінки", Term("per-plan", "Відповідно до плану навчання", null, null), Unit("Загальний відділ")),
                ]),
                new DirectionData(2, "Прозорість та відкритість",
                [
                    Measure("2.1", "Оприлюднювати рішення ради на офіційному вебсайті у день їх прийняття, а також проєкти рішень — не пізніше ніж за 10 робочих днів до розгляду", Term("continuous", "Постійно", null, null), Unit("Загальний відділ"), External("Громадські організації", "громадські організації (за згодою)")),
                ]),
                new DirectionData(3, "Контроль",
                [
                    Measure("3.1", "Перевіряти своєчасність подання декларацій", Term("quarterly", "Щокварталу", null, null), Unit("Сектор з питань запобігання корупції")),
                    Measure("3.2", "Розглядати повідомлення викривачів", Term("on-occurrence", "За потреби", null, null), Unit("Сектор з питань запобігання корупції")),
                    Measure("3.3", "Звітувати сесії ради про стан виконання програми", Term("annual", "Щороку до 1 лютого", null, null) with { DueEachYear = "--02-01" }, Position("Сільський голова", "сільський голова")),
                    Measure("3.4", "Підготувати звіт про виконання програми", Term("period", "IV квартал 2021 року", new DateOnly(2021, 10, 1), new DateOnly(2021, 12, 31)) with { PartOfYear = "Q4" }, Unit("Сектор з питань запобігання корупції")),
                    Measure("3.5", "Перевірити дотримання обмежень щодо сумісництва", Term("period", "2021 рік", new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)), Unit("Відділ кадрової роботи"), External("Територіальне управління НАЗК", "Територіальне управління НАЗК (за згодою)")),
                ]),
            ])
        {
            Organization = "Великоселицька сільська рада",
        });

    public static ProgrammeDocument Enterprise()
    {
        var directions = new List<DirectionData>();
        for (var d = 1; d <= 11; d++)
        {
            var count = d switch
            {
                10 => 12,
                2 or 5 or 11 => 1,
                _ => 2,
            };
            var measures = Enumerable.Range(1, count).Select(n => Measure(
                $"{d}.{n}",
                MeasureText(d, n),
                n % 2 == 0 ? Term("period", "2022-2023 роки", new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31)) : Term("continuous", "Постійно", null, null),
                n % 3 == 0
                    ? [Unit("Служба з питань запобігання корупції", "служба з питань запобігання корупції"), Unit("Відділ закупівель", "відділ закупівель")]
                    : [Unit("Служба з питань запобігання корупції")])).ToList();
            directions.Add(new DirectionData(d, DirectionTitle(d), measures));
        }

        return Document(
            new ProgrammeData(
                null,
                "Антикорупційна програма комунального підприємства «Міськводоканал» на 2022-2023 роки",
                new LegalBasisData("Комунальне підприємство «Міськводоканал» міста Полтави", "наказ", "45-од", new DateOnly(2022, 3, 3), new SignatoryData("Директор", "Петро ІВАНЕНКО"))
                {
                    Title = "Про затвердження Антикорупційної програми на 2022-2023 роки",
                },
                new ParentProgrammeData("Про затвердження Антикорупційної програми Полтавської міської ради на 2021-2023 роки", "123", new DateOnly(2021, 2, 10))
                {
                    Kind = "рішення",
                    Issuer = "виконавчого комітету Полтавської міської ради",
                },
                new PeriodData(new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31)),
                "Служба з питань запобігання корупції",
                new ReportingData("quarterly", 5) { DueMonth = "last-of-period" },
                directions)
            {
                Organization = "Комунальне підприємство «Міськводоканал» міста Полтави",
            });
    }

    /// <summary>Texts with quotes, commas, a two-digit start and, in direction 7, over 2,000 characters.</summary>
    private static string MeasureText(int direction, int n) => (direction, n) switch
    {
        (7, 1) => string.Join(" ", Enumerable.Repeat("Забезпечити перевірку, моніторинг і контроль за дотриманням вимог Закону України \"Про запобігання корупції\" у всіх структурних підрозділах підприємства;", 16)) + " звітувати директору.",
        (11, 1) => "2 рази на рік проводити анонімне опитування працівників щодо сприйняття корупції",
        (5, 1) => "1) Оновити антикорупційну програму за результатами оцінки ризиків",
        _ => $"Захід {n} напряму {direction}: перевірити договори, укладені \"з одним учасником\", і оприлюднити висновки",
    };

    private static string DirectionTitle(int d) => d == 7
        ? string.Join(" ", Enumerable.Repeat("Запобігання конфлікту інтересів, дотримання обмежень щодо подарунків, сумісництва та суміщення з іншими видами діяльності", 4))
        : $"Напрям діяльності номер {d}";

    /// <summary>The village plan cut to its first measure, with this text and this one executor.</summary>
    public static ProgrammeDocument OneMeasure(string text, string executor)
    {
        var village = Village();
        var direction = village.Programme.Directions[0];
        var measure = direction.Measures[0] with { Text = text, Executors = [Unit(executor)] };
        return Document(village.Programme with { Directions = [direction with { Measures = [measure] }] });
    }

    private static ProgrammeDocument Document(ProgrammeData programme)
    {
        var units = programme.Directions.SelectMany(d => d.Measures).SelectMany(m => m.Executors)
            .DistinctBy(e => e.Name)
            .Select(e => new OrgUnitData(e.Name, e.Kind, []))
            .ToList();
        return new ProgrammeDocument(programme, units, []);
    }

    private static MeasureData Measure(string number, string text, TermData term, params ExecutorData[] executors) =>
        new(number, text, term, executors, false, null);

    private static TermData Term(string kind, string text, DateOnly? from, DateOnly? to) => new(kind, text, from, to);

    private static ExecutorData Unit(string name, string? raw = null) => new(name, raw ?? name, "unit", false);

    private static ExecutorData Group(string name, string raw) => new(name, raw, "group", false);

    private static ExecutorData Position(string name, string raw) => new(name, raw, "position", false);

    private static ExecutorData External(string name, string raw) => new(name, raw, "external", true);
}
