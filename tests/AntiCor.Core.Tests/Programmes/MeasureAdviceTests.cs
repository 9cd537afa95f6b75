using AntiCor.Core.Domain;
using AntiCor.Core.Programmes.Advice;

namespace AntiCor.Core.Tests.Programmes;

public sealed class MeasureAdviceTests
{
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly To = new(2027, 12, 31);

    private static MeasureFacts Measure(
        string text = "Провести навчання для працівників з питань доброчесності",
        TermKind term = TermKind.Quarterly,
        DateOnly? termFrom = null,
        DateOnly? termTo = null,
        ExecutorKind[]? executors = null,
        bool indicators = true,
        bool expected = false) =>
        new(text, term, termFrom, termTo, From, To, executors ?? [ExecutorKind.Unit], indicators, expected);

    [Fact]
    public void A_measure_with_an_indicator_a_clear_verb_a_term_and_a_lead_gets_no_advice() =>
        Assert.Empty(MeasureAdvice.For(Measure()));

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void Without_an_indicator_and_an_expected_result_a_measure_is_not_measurable(bool indicators, bool expected, bool advised) =>
        Assert.Equal(advised, MeasureAdvice.For(Measure(indicators: indicators, expected: expected)).Contains(MeasureAdviceKind.NotMeasurable));

    [Theory]
    [InlineData("Розробити та затвердити антикорупційну програму", TermKind.ProgrammePeriod, null, null, true)]
    [InlineData("Затвердження переліку посад з високим корупційним ризиком", TermKind.Period, "2025-01-01", "2027-12-31", true)]
    [InlineData("Розробити та затвердити антикорупційну програму", TermKind.Date, null, "2025-06-30", false)]
    [InlineData("Затвердити перелік посад", TermKind.Period, "2025-01-01", "2025-12-31", false)]
    [InlineData("Проводити навчання працівників", TermKind.ProgrammePeriod, null, null, false)]
    public void A_one_off_action_over_the_whole_programme_is_advised_to_get_a_date(string text, TermKind term, string? from, string? to, bool advised)
    {
        var facts = Measure(text, term, from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(advised, MeasureAdvice.For(facts).Contains(MeasureAdviceKind.OneOffOverWholeProgramme));
    }

    [Theory]
    [InlineData("Сприяти розвитку громадянського суспільства", true)]
    [InlineData("Вивчити питання щодо запровадження електронних закупівель", true)]
    [InlineData("Розглянути можливість створення гарячої лінії", true)]
    [InlineData("  УДОСКОНАЛИТИ роботу з повідомленнями", true)]
    [InlineData("Вивчити досвід трьох громад і підготувати звіт до 1 червня", false)]
    [InlineData("Забезпечити оприлюднення звітів на сайті ради", false)]
    public void A_vague_verb_without_an_object_is_advised_against(string text, bool advised) =>
        Assert.Equal(advised, MeasureAdvice.For(Measure(text)).Contains(MeasureAdviceKind.VagueVerb));

    [Theory]
    [InlineData(new[] { ExecutorKind.Group }, true)]
    [InlineData(new[] { ExecutorKind.Group, ExecutorKind.External }, true)]
    [InlineData(new[] { ExecutorKind.Group, ExecutorKind.Unit }, false)]
    [InlineData(new[] { ExecutorKind.Position }, false)]
    [InlineData(new ExecutorKind[0], false)]
    public void Only_a_group_as_executor_is_advised_to_name_a_lead(ExecutorKind[] executors, bool advised) =>
        Assert.Equal(advised, MeasureAdvice.For(Measure(executors: executors)).Contains(MeasureAdviceKind.GroupWithoutLead));

    [Fact]
    public void Every_kind_has_its_words_for_the_coordinator() =>
        Assert.All(Enum.GetValues<MeasureAdviceKind>(), kind => Assert.False(string.IsNullOrWhiteSpace(MeasureAdvice.Text(kind))));

    [Theory]
    [InlineData("")]
    [InlineData("  ок ")]
    public void A_dismissal_needs_a_reason(string reason) =>
        Assert.Throws<DomainException>(() => new MeasureAdviceDismissal(Guid.NewGuid(), Guid.NewGuid(), MeasureAdviceKind.VagueVerb, reason, Guid.NewGuid(), new DateTime(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc)));
}
