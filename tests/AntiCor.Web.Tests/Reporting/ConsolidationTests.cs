using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Cli;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiCor.Web.Tests.Reporting;

/// <summary>The consolidated report over reports made through the domain, on the database under test; its files; history import; the command.</summary>
public sealed class ConsolidationTests : IAsyncLifetime
{
    private readonly CliRun _cli = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 8, 1, 9, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;
    private Guid _programmeId;

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.WriteFile(SeedProgramme.FileName, SeedProgramme.Read()))).Code);
        _services = _cli.Services(_time);
        _programmeId = await _cli.QueryAsync(db => db.Programmes.Select(p => p.Id).SingleAsync());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _cli.DisposeAsync();
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Every obligation of the period reports <paramref name="status"/> and is accepted; <paramref name="lateDays"/> after the due date.</summary>
    private Task ReportAllAsync(string periodKey, MeasureStatus status, int lateDays = 0) => WithDbAsync(async db =>
    {
        var period = await db.ReportingPeriods.SingleAsync(p => p.ProgrammeId == _programmeId && p.Key == periodKey);
        var at = period.DueOn.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc).AddDays(lateDays);
        foreach (var obligation in await db.Obligations.Where(o => o.PeriodId == period.Id && o.WithdrawnAtUtc == null).ToListAsync())
        {
            var draft = obligation.OpenDraft([], period, Guid.NewGuid(), at);
            db.Reports.Add(draft);
            var messageType = status is MeasureStatus.NotStarted or MeasureStatus.InProgress ? MessageType.Progress : MessageType.Result;
            draft.Edit(new ReportContent(messageType, status, $"Зроблено у {periodKey}", status == MeasureStatus.Done ? period.EndsOn : null, null), null);
            obligation.Submit(draft, [], period, Guid.NewGuid(), at);
            obligation.Accept(draft, null, Guid.NewGuid(), at.AddDays(1));
        }

        return await db.SaveChangesAsync();
    });

    private Task<ConsolidatedReport> BuildAsync(string key) =>
        WithDbAsync(async db => (await new ConsolidationQuery(db, _time).BuildAsync(_programmeId, PeriodKey.Parse(key)))!);

    [Fact]
    public async Task A_quarter_counts_each_measure_once_by_the_status_of_its_accepted_reports()
    {
        await ReportAllAsync("2020Q1", MeasureStatus.Done);
        var measures = await _cli.QueryAsync(db => db.Obligations
            .Where(o => db.ReportingPeriods.Any(p => p.Id == o.PeriodId && p.Key == "2020Q1")).Select(o => o.MeasureId).Distinct().CountAsync());

        var report = await BuildAsync("2020Q1");

        Assert.Equal(["2020Q1"], report.PeriodsCovered);
        Assert.Equal(measures, report.Summary.Total);
        Assert.Equal(measures, report.Summary[MeasureStatus.Done]);
        Assert.Equal(100, report.Summary.DoneOrPartlyPercent);
        Assert.Empty(report.Missing);
        Assert.Empty(report.Late);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, report.GeneratedAtUtc);
        var due = await _cli.QueryAsync(db => db.ReportingPeriods.Where(p => p.Key == "2020Q1").Select(p => p.DueOn).SingleAsync());
        Assert.Equal(due.AddDays(1).ToDateTime(new TimeOnly(6, 0)), report.AsOfUtc);
    }

    [Fact]
    public async Task A_half_year_is_cumulative_the_latest_quarter_gives_the_status_and_late_reports_are_listed()
    {
        await ReportAllAsync("2020Q1", MeasureStatus.InProgress);
        await ReportAllAsync("2020Q2", MeasureStatus.Done, lateDays: 3);

        var half = await BuildAsync("2020H1");
        var q1 = await BuildAsync("2020Q1");

        Assert.Equal(["2020Q1", "2020Q2"], half.PeriodsCovered);
        Assert.True(half.IsCumulative);
        Assert.Equal(q1.Summary.Total, q1.Summary[MeasureStatus.InProgress]);
        Assert.Equal(half.Summary.Total, half.Summary[MeasureStatus.Done]);
        Assert.All(half.Late, r => Assert.Equal("2020Q2", r.Period));
        Assert.All(half.Late, r => Assert.Equal(3, r.FirstDaysLate));
        Assert.NotEmpty(half.Late);
        Assert.All(half.Directions.SelectMany(d => d.Measures).SelectMany(m => m.Executors), e => Assert.Equal("Зроблено у 2020Q2", e.WhatWasDone));
    }

    [Fact]
    public async Task A_measure_that_lost_relevance_is_shown_but_left_out_of_the_percentages()
    {
        await ReportAllAsync("2020Q1", MeasureStatus.Done);
        var report = await BuildAsync("2020Q1");
        var obsolete = report with
        {
            Directions = [.. report.Directions.Select((d, i) => i > 0 ? d : d with { Measures = [.. d.Measures.Select((m, j) => j > 0 ? m : m with { Status = MeasureStatus.Obsolete })] })],
        };

        Assert.Equal(1, obsolete.Summary[MeasureStatus.Obsolete]);
        Assert.Equal(report.Summary.Total - 1, obsolete.Summary.Counted);
        Assert.Equal(100, obsolete.Summary.DoneOrPartlyPercent);
        Assert.Contains("втратив актуальність — 1*", ConsolidatedWording.Summary(obsolete.Summary));
    }

    [Fact]
    public async Task The_docx_opens_and_holds_the_letter_the_summary_and_a_reports_text()
    {
        await ReportAllAsync("2020Q1", MeasureStatus.Done);
        var report = await BuildAsync("2020Q1");

        using var word = WordprocessingDocument.Open(new MemoryStream(ConsolidatedDocxWriter.ToBytes(report)), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;

        Assert.Contains("Інформація про стан виконання", text);
        Assert.Contains("I квартал 2020 року", text);
        Assert.Contains("№ 98", text);
        Assert.Contains(ConsolidatedWording.Summary(report.Summary), text);
        Assert.Contains("Зроблено у 2020Q1", text);
        Assert.Contains("Сформовано: 01.08.2020 12:00", text);
    }

    [Fact]
    public async Task The_xlsx_round_trips_through_history_import_into_another_quarter()
    {
        await ReportAllAsync("2020Q1", MeasureStatus.Done);
        var q1 = await BuildAsync("2020Q1");
        var edited = ReplaceText(ConsolidatedXlsxWriter.ToBytes(q1), "2020Q1", "2020Q2");
        var rows = HistoryWorkbook.Read(edited);
        Assert.Equal(q1.Rows.Count, rows.Count);

        var stored = await WithDbAsync(async db =>
        {
            var lines = await new HistoryImport(db, _time).ReviewAsync(_programmeId, rows);
            Assert.All(lines, l => Assert.Equal(HistoryOutcome.Store, l.Outcome));
            var n = await new HistoryImport(db, _time).StoreAsync(_programmeId, rows, new HashSet<int>(), Guid.NewGuid());
            await db.SaveChangesAsync();
            return n;
        });

        var q2 = await BuildAsync("2020Q2");
        Assert.Equal(rows.Count, stored);
        Assert.Equal(q1.Summary.Total, q2.Summary[MeasureStatus.Done]);
        Assert.Equal(q1.Rows.Select(r => (r.MeasureNumber, r.UnitName, r.WhatWasDone, r.CompletedOn)), q2.Rows.Select(r => (r.MeasureNumber, r.UnitName, r.WhatWasDone, r.CompletedOn)));

        // Importing the same file again stores nothing twice.
        var again = await WithDbAsync(db => new HistoryImport(db, _time).ReviewAsync(_programmeId, rows));
        Assert.All(again, l => Assert.Equal(HistoryOutcome.Skip, l.Outcome));
    }

    [Fact]
    public async Task Bad_history_rows_are_listed_in_ukrainian_and_nothing_is_stored_until_excluded()
    {
        var measure = await _cli.QueryAsync(db => db.Measures.OrderBy(m => m.Number).Select(m => m.Number).FirstAsync());
        var unit = await _cli.QueryAsync(db => db.Obligations.Where(o => db.Measures.Any(m => m.Id == o.MeasureId && m.Number == measure))
            .Join(db.OrgUnits, o => o.OrgUnitId, u => u.Id, (o, u) => u.Name).FirstAsync());
        HistoryRow[] rows =
        [
            new(2, "2020Q1", measure, unit, "Зроблено", null, "Текст", null, null, null, null),
            new(3, "2031Q1", measure, unit, "Виконано", null, "Текст", "01.02.2020", null, null, null),
            new(4, "2020Q1", measure, unit, "Не виконано", null, "Текст", null, null, null, null),
            new(5, "2020Q1", measure, "Неіснуючий відділ", "Виконано", null, "Текст", "01.02.2020", null, null, null),
            new(6, "2020Q1", measure, unit, "Виконано", null, "Текст", "01.02.2020", null, null, null),
        ];

        var lines = await WithDbAsync(db => new HistoryImport(db, _time).ReviewAsync(_programmeId, rows));
        Assert.Contains("Невідомий статус «Зроблено»", lines[0].Note);
        Assert.Contains("не належить цій програмі", lines[1].Note);
        Assert.Contains("причини невиконання", lines[2].Note);
        Assert.Contains("немає серед зобов'язаних", lines[3].Note);
        Assert.Equal([HistoryOutcome.Problem, HistoryOutcome.Problem, HistoryOutcome.Problem, HistoryOutcome.Problem, HistoryOutcome.Store], lines.Select(l => l.Outcome));

        var refused = await WithDbAsync(async db =>
            await Assert.ThrowsAsync<AntiCor.Core.Domain.DomainException>(() => new HistoryImport(db, _time).StoreAsync(_programmeId, rows, new HashSet<int>(), Guid.NewGuid())));
        Assert.Contains("Нічого не збережено", refused.Message);
        Assert.Equal(0, await _cli.QueryAsync(db => db.Reports.CountAsync()));

        await WithDbAsync(async db =>
        {
            await new HistoryImport(db, _time).StoreAsync(_programmeId, rows, new HashSet<int> { 2, 3, 4, 5 }, Guid.NewGuid());
            return await db.SaveChangesAsync();
        });
        Assert.Equal(1, await _cli.QueryAsync(db => db.Reports.CountAsync(r => r.State == ReportState.Accepted)));
    }

    [Fact]
    public async Task The_report_command_refuses_a_period_like_2031Q7_with_exit_code_2_and_writes_nothing()
    {
        var output = Path.Combine(_cli.Folder, "zvit.docx");

        var (code, _, error) = await _cli.RunAsync("report", _programmeId.ToString(), "--period", "2031Q7", "--format", "docx", "-o", output);
        var (outside, _, outsideError) = await _cli.RunAsync("report", _programmeId.ToString(), "--period", "2031Q1", "--format", "docx", "-o", output);

        Assert.Equal(2, code);
        Assert.Contains("Період «2031Q7» не розпізнано", error);
        Assert.Equal(2, outside);
        Assert.Contains("немає звітних періодів", outsideError);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task The_report_command_writes_the_docx_and_the_xlsx_for_a_year()
    {
        await ReportAllAsync("2020Q1", MeasureStatus.Done);
        var docx = Path.Combine(_cli.Folder, "zvit-2020.docx");
        var xlsx = Path.Combine(_cli.Folder, "zvit-2020.xlsx");
        var slug = await _cli.QueryAsync(db => db.Programmes.Select(p => p.Organization.Slug).SingleAsync());

        var (code, _, error) = await _cli.RunAsync("report", _programmeId.ToString(), "--period", "2020", "--format", "docx", "-o", docx, "--org", slug);
        var (xlsxCode, _, _) = await _cli.RunAsync("report", _programmeId.ToString(), "--period", "2020", "--format", "xlsx", "-o", xlsx);
        var (otherOrg, _, _) = await _cli.RunAsync("report", _programmeId.ToString(), "--period", "2020", "--format", "xlsx", "-o", xlsx, "--org", "nowhere");

        Assert.True(code == 0, error);
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            Assert.Contains("2020 рік (наростаючим підсумком)", word.MainDocumentPart!.Document.Body!.InnerText);
        }

        Assert.Equal(0, xlsxCode);
        Assert.NotEmpty(HistoryWorkbook.Read(await File.ReadAllBytesAsync(xlsx)));
        Assert.Equal(1, otherOrg);
        Assert.True(await _cli.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AntiCor.Core.Audit.AuditActions.Exported)));
    }

    /// <summary>The workbook as a person edits it: every cell whose text is <paramref name="from"/> now says <paramref name="to"/>.</summary>
    private static byte[] ReplaceText(byte[] xlsx, string from, string to)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var book = SpreadsheetDocument.Open(buffer, true))
        {
            foreach (var text in book.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Where(t => t.Text == from))
            {
                text.Text = to;
            }
        }

        return buffer.ToArray();
    }
}
