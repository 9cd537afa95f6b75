using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;

namespace AntiCor.Core.Tests.Reporting;

public sealed class ReportWorkflowTests
{
    private static readonly Guid Executor = Guid.NewGuid();
    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly DateTime OnTime = new(2020, 4, 20, 9, 0, 0, DateTimeKind.Utc);

    private readonly ReportingPeriod _period;
    private readonly Obligation _obligation;
    private readonly List<Report> _versions = [];

    public ReportWorkflowTests()
    {
        var organization = new Organization("Рада", OrganizationKind.CityCouncil, "rada", "12345678");
        var programme = new Programme(organization, "Програма", new LegalAct("розпорядження", "1", new DateOnly(2019, 8, 12)),
            new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), new ReportingRule(ReportingFrequency.Quarterly, 25), OnTime);
        var key = PeriodKey.Parse("2020Q1");
        _period = new ReportingPeriod(programme, new ScheduledPeriod(key, key.Starts, key.Ends, new DateOnly(2020, 4, 25)));
        _obligation = new Obligation(_period, Guid.NewGuid(), Guid.NewGuid(), isLead: true);
    }

    private Report Draft(DateTime at)
    {
        var draft = _obligation.OpenDraft(_versions, _period, Executor, at);
        if (!_versions.Contains(draft))
        {
            _versions.Add(draft);
        }

        return draft;
    }

    private static ReportContent Done(string what = "Проведено навчання для 40 працівників") =>
        new(MessageType.Result, MeasureStatus.Done, what, new DateOnly(2020, 3, 20), null);

    [Fact]
    public void A_submitted_report_is_immutable_and_a_correction_is_a_new_version_with_a_reason()
    {
        var first = Draft(OnTime);
        first.Edit(Done(), null);
        _obligation.Submit(first, _versions, _period, Executor, OnTime);
        _obligation.Return(first, "Додайте наказ про навчання", Coordinator, OnTime);

        Assert.Throws<DomainException>(() => first.Edit(Done("інше"), null));
        var second = Draft(OnTime.AddDays(1));
        Assert.Equal(2, second.Number);
        Assert.Equal(first.WhatWasDone, second.WhatWasDone);
        Assert.Contains(second.SubmissionProblems(), p => p.Field == nameof(Report.CorrectionReason));

        second.Edit(Done("Проведено навчання; наказ додано"), "Додано наказ");
        _obligation.Submit(second, _versions, _period, Executor, OnTime.AddDays(1));
        _obligation.Accept(second, null, Coordinator, OnTime.AddDays(2));

        Assert.Equal(ReportState.Superseded, first.State);
        Assert.Equal("Додайте наказ про навчання", first.ReviewComment);
        Assert.Equal(ObligationState.Accepted, _obligation.State);
    }

    [Fact]
    public void Only_an_accepted_report_is_published_and_its_first_publication_date_stays()
    {
        var report = Draft(OnTime);
        report.Edit(Done(), null);
        _obligation.Submit(report, _versions, _period, Executor, OnTime);

        Assert.Throws<DomainException>(() => report.Publish(OnTime));
        Assert.Null(report.PublishedAtUtc);

        _obligation.Accept(report, null, Coordinator, OnTime.AddDays(1));
        report.Publish(OnTime.AddDays(2));
        report.Publish(OnTime.AddDays(5));

        Assert.Equal(OnTime.AddDays(2), report.PublishedAtUtc);
        report.Unpublish();
        Assert.Null(report.PublishedAtUtc);
    }

    [Fact]
    public void A_late_submission_counts_its_days_on_Kyiv_calendar()
    {
        var draft = Draft(OnTime);
        draft.Edit(Done(), null);

        // 22:30 UTC on 27.04 is already 28.04 in Kyiv (UTC+3 in summer time): three days late.
        _obligation.Submit(draft, _versions, _period, Executor, new DateTime(2020, 4, 27, 22, 30, 0, DateTimeKind.Utc));

        Assert.Equal(3, draft.DaysLate);
    }

    [Theory]
    [InlineData(MeasureStatus.Done, "CompletedOn")]
    [InlineData(MeasureStatus.NotDone, "Reasons")]
    [InlineData(MeasureStatus.PartlyDone, "Reasons")]
    [InlineData(MeasureStatus.Obsolete, "CancellingAct")]
    public void Each_status_requires_its_field_and_nothing_is_submitted_without_it(MeasureStatus status, string field)
    {
        var draft = Draft(OnTime);
        draft.Edit(new ReportContent(MessageType.Result, status, "Зроблено частину", null, null), null);

        Assert.Contains(draft.SubmissionProblems(), p => p.Field == field);
        Assert.Throws<DomainException>(() => _obligation.Submit(draft, _versions, _period, Executor, OnTime));
        Assert.Equal(ReportState.Draft, draft.State);
    }

    [Fact]
    public void A_return_needs_a_comment()
    {
        var draft = Draft(OnTime);
        draft.Edit(Done(), null);
        _obligation.Submit(draft, _versions, _period, Executor, OnTime);

        Assert.Throws<DomainException>(() => _obligation.Return(draft, " ", Coordinator, OnTime));
        Assert.Equal(ReportState.Submitted, draft.State);
    }

    [Fact]
    public void A_closed_period_takes_no_drafts_and_no_submissions()
    {
        var draft = Draft(OnTime);
        draft.Edit(Done(), null);
        _period.Close(Coordinator, OnTime);

        Assert.Throws<DomainException>(() => _obligation.Submit(draft, _versions, _period, Executor, OnTime));
        Assert.Throws<DomainException>(() => _obligation.OpenDraft(_versions, _period, Executor, OnTime));
        _period.Reopen("Надійшов запізнілий звіт");
        _obligation.Submit(draft, _versions, _period, Executor, OnTime);
        Assert.Equal(ObligationState.Submitted, _obligation.State);
    }

    [Fact]
    public void A_report_waiting_for_review_cannot_be_reopened_by_its_author()
    {
        var draft = Draft(OnTime);
        draft.Edit(Done(), null);
        _obligation.Submit(draft, _versions, _period, Executor, OnTime);

        Assert.Throws<DomainException>(() => _obligation.OpenDraft(_versions, _period, Executor, OnTime));
    }

    [Theory]
    [InlineData(TermKind.Date, "2019-12-31", null, "2020Q1", false)]
    [InlineData(TermKind.Date, "2020-02-01", null, "2020Q1", true)]
    [InlineData(TermKind.Period, "2020-12-31", "2020-07-01", "2020Q1", false)]
    [InlineData(TermKind.Continuous, null, null, "2020Q4", true)]
    public void Dated_terms_end_a_measure_and_continuous_ones_run_every_period(TermKind kind, string? to, string? from, string period, bool active)
    {
        var term = new Term(kind, "строк", from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to));
        var key = PeriodKey.Parse(period);

        Assert.Equal(active, MeasureActivity.IsActive(term, key.Starts, key.Ends));
    }
}

public sealed class MeasureStatusRuleTests
{
    [Fact]
    public void The_lead_report_is_the_headline_and_an_override_beats_it()
    {
        AcceptedStatus[] accepted = [new(true, MeasureStatus.InProgress), new(false, MeasureStatus.Done)];

        Assert.Equal(MeasureStatus.InProgress, MeasureStatusRule.Derive(accepted, null));
        Assert.Equal(MeasureStatus.Done, MeasureStatusRule.Derive(accepted, MeasureStatus.Done));
    }

    [Fact]
    public void Without_a_lead_the_executors_together_give_the_status()
    {
        Assert.Equal(MeasureStatus.Done, MeasureStatusRule.Derive([new(false, MeasureStatus.Done), new(false, MeasureStatus.Done)], null));
        Assert.Equal(MeasureStatus.PartlyDone, MeasureStatusRule.Derive([new(false, MeasureStatus.Done), new(false, MeasureStatus.NotDone)], null));
        Assert.Equal(MeasureStatus.InProgress, MeasureStatusRule.Derive([new(false, MeasureStatus.NotStarted), new(false, MeasureStatus.InProgress)], null));
        Assert.Null(MeasureStatusRule.Derive([], null));
    }
}
