extern alias web;
using System.Globalization;
using System.Reflection;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using web::AntiCor.Web.Features.Shared;
using web::AntiCor.Web.Infrastructure.Localization;

namespace AntiCor.Web.Tests.Infrastructure.Localization;

/// <summary>Every word a text class names is in both resource files: no page shows a bare key in either language.</summary>
public sealed class InterfaceTextTests
{
    private static readonly Type[] TextClasses =
    [
        typeof(LayoutText), typeof(StatusText), typeof(Wording),
        typeof(web::AntiCor.Web.Features.Errors.ErrorsText),
        typeof(web::AntiCor.Web.Features.Portal.PortalText),
        typeof(web::AntiCor.Web.Features.Programmes.DetailsText),
        typeof(web::AntiCor.Web.Features.Programmes.IndexText),
        typeof(web::AntiCor.Web.Features.Units.DetailsText),
        typeof(web::AntiCor.Web.Features.Organizations.OrganizationsText),
        typeof(web::AntiCor.Web.Features.OpenData.OpenDataPageText),
        typeof(web::AntiCor.Web.Features.Account.LoginText),
        typeof(ValidationText),
        typeof(web::AntiCor.Web.Features.Register.RegisterText),
        typeof(web::AntiCor.Web.Features.Registers.RegistersText),
        typeof(web::AntiCor.Web.Features.Registers.Appointments.AppointmentsText),
        typeof(web::AntiCor.Web.Features.Registers.Conflicts.ConflictsText),
        typeof(web::AntiCor.Web.Features.Registers.Declarations.DeclarationsText),
        typeof(web::AntiCor.Web.Features.Registers.DraftActs.DraftActsText),
        typeof(web::AntiCor.Web.Features.Registers.LiablePersons.LiablePersonsText),
        typeof(web::AntiCor.Web.Features.Registers.Trainings.TrainingsText),
        typeof(web::AntiCor.Web.Features.Admin.Units.UnitsText),
        typeof(web::AntiCor.Web.Features.Admin.Users.UsersText),
        typeof(web::AntiCor.Web.Features.Admin.Organizations.OrganizationsAdminText),
        typeof(web::AntiCor.Web.Features.Admin.Holidays.HolidaysText),
        typeof(web::AntiCor.Web.Features.Calendar.CalendarText),
        typeof(web::AntiCor.Web.Features.Grants.GrantsText),
        typeof(web::AntiCor.Web.Features.Account.AccountText),
        typeof(web::AntiCor.Web.Features.Audit.AuditText),
        typeof(web::AntiCor.Web.Features.Audit.CheckpointsText),
        typeof(web::AntiCor.Web.Features.Consolidation.ConsolidationText),
        typeof(web::AntiCor.Web.Features.My.WorkspaceText),
        typeof(web::AntiCor.Web.Features.ReportingSetup.SetupText),
        typeof(web::AntiCor.Web.Features.Review.ReviewText),
        typeof(RoleText),
    ];

    public static TheoryData<string> Classes() => [.. TextClasses.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Classes))]
    public void Ukrainian_and_english_resources_hold_the_same_keys_and_every_word_the_class_names(string className)
    {
        var type = TextClasses.Single(t => t.FullName == className);
        var ukrainian = Keys(type, CultureInfo.InvariantCulture);
        var english = Keys(type, UiLanguage.English);

        Assert.NotEmpty(ukrainian);
        Assert.Equal(ukrainian.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(string)))
        {
            Assert.Contains(property.Name, ukrainian);
        }
    }

    [Fact]
    public void Every_status_verdict_term_and_kind_has_its_word_in_both_languages()
    {
        foreach (var culture in new[] { UiLanguage.Ukrainian, UiLanguage.English })
        {
            var words = In(culture, () => Enum.GetValues<MeasureStatus>().Select(StatusText.Of)
                .Concat(Enum.GetValues<Verdict>().Select(StatusText.Of))
                .Concat(Enum.GetValues<TermKind>().Select(k => Wording.TermReading(k, null, null)))
                .Concat(Enum.GetValues<ExecutorKind>().Select(Wording.UnitKind))
                .Concat(Enum.GetValues<ReportingFrequency>().Select(f => Wording.Reporting(f, 25, DueMonth.FirstAfterPeriod)))
                .ToList());
            Assert.All(words, w => Assert.DoesNotContain("_", w, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_column_meaning_the_programme_import_offers_has_its_word_in_both_languages()
    {
        foreach (var culture in new[] { UiLanguage.Ukrainian, UiLanguage.English })
        {
            var labels = In(culture, () => web::AntiCor.Web.Features.Register.ColumnChoiceInput.Offered.ToList());
            Assert.All(labels, o => Assert.NotEqual("Column" + o.Meaning, o.Label));
        }

        Assert.Equal("Строк виконання", In(UiLanguage.Ukrainian, () => web::AntiCor.Web.Features.Register.ColumnChoiceInput.LabelOf(AntiCor.Core.Documents.Import.ColumnMeaning.Term)));
        Assert.Equal("Due date", In(UiLanguage.English, () => web::AntiCor.Web.Features.Register.ColumnChoiceInput.LabelOf(AntiCor.Core.Documents.Import.ColumnMeaning.Term)));
    }

    [Fact]
    public void The_english_words_of_the_five_nacp_statuses_are_the_public_sector_ones()
    {
        var words = In(UiLanguage.English, () => new[] { MeasureStatus.NotStarted, MeasureStatus.InProgress, MeasureStatus.Done, MeasureStatus.PartlyDone, MeasureStatus.NotDone }.Select(StatusText.Of).ToList());

        Assert.Equal(["Not started", "In progress", "Completed", "Partly completed", "Not completed"], words);
        Assert.Equal("Виконано частково", In(UiLanguage.Ukrainian, () => StatusText.Of(MeasureStatus.PartlyDone)));
    }

    [Theory]
    [InlineData("2020Q1", "Q1 2020")]
    [InlineData("2019H2", "H2 2019")]
    [InlineData("2020-03", "March 2020")]
    [InlineData("2020", "2020")]
    public void A_period_reads_as_the_calendar_names_it_in_ukrainian_and_shortly_in_english(string key, string english)
    {
        var period = PeriodKey.Parse(key);

        Assert.Equal(period.Label, In(UiLanguage.Ukrainian, () => Wording.PeriodLabel(period)));
        Assert.Equal(english, In(UiLanguage.English, () => Wording.PeriodLabel(period)));
    }

    [Theory]
    [InlineData(1, "1 захід", "1 measure")]
    [InlineData(3, "3 заходи", "3 measures")]
    [InlineData(11, "11 заходів", "11 measures")]
    [InlineData(21, "21 захід", "21 measures")]
    public void Counts_agree_with_the_number_the_way_each_language_does(int n, string ukrainian, string english)
    {
        Assert.Equal(ukrainian, In(UiLanguage.Ukrainian, () => web::AntiCor.Web.Features.Programmes.DetailsText.Measures(n)));
        Assert.Equal(english, In(UiLanguage.English, () => web::AntiCor.Web.Features.Programmes.DetailsText.Measures(n)));
    }

    private static HashSet<string> Keys(Type type, CultureInfo culture) =>
        In(culture, () => InterfaceText.For(type).GetAllStrings(includeParentCultures: false).Select(s => s.Name).ToHashSet(StringComparer.Ordinal));

    private static T In<T>(CultureInfo culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
