extern alias web;

using System.Net;
using System.Security.Cryptography;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;
using AntiCor.Core.Security;
using AntiCor.Tests.Shared;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.My;

[Collection(AppCollection.Name)]
public sealed class ReportFormTests(AntiCorFactory factory)
{
    private static readonly DateOnly BeforeDue = new(2020, 4, 10);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task An_executor_saves_a_draft_with_a_file_and_a_link_then_submits_it_on_time_and_it_shows_read_only()
    {
        var app = factory.OnClock(BeforeDue, out _);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var pdf = EvidenceSamples.Pdf($"акт {Guid.NewGuid()}");

        var form = await HtmlPage.GetAsync(client, obligation.FormUrl);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("1.1", form.Single("h1").TextContent.Split(' ')[^1]);
        Assert.Equal("25.04.2020", form.Single("[data-due]").TextContent);
        Assert.NotEmpty(form.Single("[data-term]").TextContent);

        var saved = await Workspace.SendAsync(client, obligation.FormUrl, "Save",
            new(Workspace.Done()) { ["Input.LinkUrl"] = "https://rada.example.ua/news/1", ["Input.LinkTitle"] = "Новина на сайті" }, ("акт.pdf", pdf));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = Assert.Single(await app.ReportsAsync(obligation.Id));
        Assert.Equal(ReportState.Draft, draft.State);
        Assert.Equal(2, draft.Evidence.Count);
        Assert.Contains(draft.Evidence, e => e.Url == "https://rada.example.ua/news/1" && e.Title == "Новина на сайті");
        var file = Assert.Single(draft.Evidence, e => e.IsFile);
        Assert.Equal(Hash(pdf), file.ContentSha256);
        Assert.Equal("application/pdf", file.MediaType);

        var submitted = await Workspace.SendAsync(client, obligation.FormUrl, "Submit", Workspace.Done());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var report = Assert.Single(await app.ReportsAsync(obligation.Id));
        Assert.Equal(ReportState.Submitted, report.State);
        Assert.Equal(0, report.DaysLate);
        Assert.Equal(2, report.Evidence.Count);
        Assert.Equal(ObligationState.Submitted, await app.QueryAsync(db => db.Obligations.Where(o => o.Id == obligation.Id).Select(o => o.State).FirstAsync()));

        var shown = await HtmlPage.GetAsync(client, obligation.FormUrl);
        Assert.Empty(shown.All("form[data-form=report]"));
        Assert.NotNull(shown.Document.QuerySelector("[data-waiting]"));
        var version = shown.Single("[data-version='1']");
        Assert.Equal("Виконано", version.QuerySelector("[data-status]")!.TextContent);
        Assert.Null(version.QuerySelector("[data-late]"));
        Assert.Contains(version.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/evidence/{report.Id}/{file.Id}");

        using var download = await client.GetAsync($"/evidence/{report.Id}/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("акт.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Evidence_downloads_for_the_department_but_not_for_an_executor_of_another_unit_nor_for_unknown_ids()
    {
        var app = factory.OnClock(BeforeDue, out _);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var png = EvidenceSamples.Png().Concat(Guid.NewGuid().ToByteArray()).ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await Workspace.SendAsync(client, obligation.FormUrl, "Save", Workspace.Done(), ("фото.png", png))).StatusCode);
        var report = Assert.Single(await app.ReportsAsync(obligation.Id));
        var url = $"/evidence/{report.Id}/{report.Evidence.Single().Id}";

        // The department signs in on the real clock (its second factor is a real TOTP code); the database is the same.
        var coordinator = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Coordinator));
        var stranger = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [(await app.NewObligationAsync()).UnitId]));

        using var forDepartment = await coordinator.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, forDepartment.StatusCode);
        Assert.Equal("image/png", forDepartment.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", forDepartment.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/evidence/{report.Id}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/evidence/{Guid.NewGuid()}/{report.Evidence.Single().Id}")).StatusCode);
    }

    [Fact]
    public async Task A_late_submission_shows_its_delay_in_days()
    {
        var app = factory.OnClock(new DateOnly(2020, 4, 28), out _);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));

        Assert.Equal(HttpStatusCode.Redirect, (await Workspace.SendAsync(client, obligation.FormUrl, "Submit", Workspace.Done())).StatusCode);

        Assert.Equal(3, Assert.Single(await app.ReportsAsync(obligation.Id)).DaysLate);
        var page = await HtmlPage.GetAsync(client, obligation.FormUrl);
        Assert.Equal("Подано із запізненням на 3 дні.", page.Single("[data-version='1'] [data-late]").TextContent.Trim());
    }

    [Fact]
    public async Task A_disguised_program_named_pdf_is_refused_in_Ukrainian_and_nothing_is_stored()
    {
        var app = factory.OnClock(BeforeDue, out _);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var exe = EvidenceSamples.Exe().Concat(Guid.NewGuid().ToByteArray()).ToArray();

        using var response = await Workspace.SendAsync(client, obligation.FormUrl, "Save", Workspace.Done("Текст, що не має загубитися"), ("звіт.pdf", exe));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Workspace.HtmlAsync(response);
        Assert.Equal(EvidenceFileType.Refused, html.QuerySelector("[data-error-for=Upload]")!.TextContent);
        Assert.Equal("Текст, що не має загубитися", html.QuerySelector("#done")!.TextContent);
        Assert.Empty(await app.ReportsAsync(obligation.Id));
        Assert.False(await app.QueryAsync(db => db.EvidenceContents.AnyAsync(c => c.Sha256 == Hash(exe))));
    }

    [Fact]
    public async Task A_file_of_10_MB_is_taken_and_one_of_11_MB_is_refused_with_the_size_in_Ukrainian_and_the_form_kept()
    {
        var app = factory.OnClock(BeforeDue, out _);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var tenMegabytes = EvidenceSamples.PdfOfSize(EvidenceFileType.MaxBytes);
        tenMegabytes[^1] = (byte)Random.Shared.Next(256);
        tenMegabytes[^2] = (byte)Random.Shared.Next(256);

        Assert.Equal(HttpStatusCode.Redirect, (await Workspace.SendAsync(client, obligation.FormUrl, "Save", Workspace.Done("Збережений текст"), ("великий.pdf", tenMegabytes))).StatusCode);
        var draft = Assert.Single(await app.ReportsAsync(obligation.Id));
        Assert.Equal(EvidenceFileType.MaxBytes, draft.Evidence.Single().Size);

        var eleven = EvidenceSamples.PdfOfSize(11L * 1024 * 1024);
        eleven[^1] = 7;
        using var refused = await Workspace.SendAsync(client, obligation.FormUrl, "Save", Workspace.Done("Інший текст"), ("завеликий.pdf", eleven));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        var html = await Workspace.HtmlAsync(refused);
        Assert.Contains("найбільший розмір доказу — 10 МБ", html.QuerySelector("[data-error-for=Upload]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Збережений текст", html.QuerySelector("#done")!.TextContent);
        var after = Assert.Single(await app.ReportsAsync(obligation.Id));
        Assert.Equal(draft.Version, after.Version);
        Assert.False(await app.QueryAsync(db => db.EvidenceContents.AnyAsync(c => c.Sha256 == Hash(eleven))));
    }

    [Fact]
    public async Task Another_units_obligation_is_forbidden_and_an_unknown_one_is_not_found()
    {
        var app = factory.OnClock(BeforeDue, out _);
        var mine = await app.NewObligationAsync();
        var theirs = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [mine.UnitId]));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(theirs.FormUrl)).StatusCode);
        var hidden = await Workspace.OpenFormAsync(client, mine.FormUrl);
        Assert.Equal(HttpStatusCode.Forbidden, (await Workspace.PostAsync(client, theirs.FormUrl, "Submit", hidden, Workspace.Done())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/my/obligations/{Guid.NewGuid()}/report")).StatusCode);
        Assert.Empty(await app.ReportsAsync(theirs.Id));
    }


    [Fact]
    public async Task Submitting_in_a_closed_period_is_refused_and_nothing_is_stored()
    {
        var app = factory.OnClock(BeforeDue, out _);
        var obligation = await app.NewObligationAsync("2019Q3");
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var hidden = await Workspace.OpenFormAsync(client, obligation.FormUrl);
        await SetClosedAsync(app, obligation.PeriodId, closed: true);
        try
        {
            using var response = await Workspace.PostAsync(client, obligation.FormUrl, "Submit", hidden, Workspace.Done());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Звітний період закрито", (await Workspace.HtmlAsync(response)).QuerySelector("[data-errors]")!.TextContent, StringComparison.Ordinal);
            Assert.Empty(await app.ReportsAsync(obligation.Id));
        }
        finally
        {
            await SetClosedAsync(app, obligation.PeriodId, closed: false);
        }
    }

    [Fact]
    public async Task Two_tabs_submitting_the_same_draft_the_second_is_told_it_is_stale_and_nothing_is_overwritten()
    {
        var app = factory.OnClock(BeforeDue, out _);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        Assert.Equal(HttpStatusCode.Redirect, (await Workspace.SendAsync(client, obligation.FormUrl, "Save", Workspace.Done("Чернетка"))).StatusCode);
        var first = await Workspace.OpenFormAsync(client, obligation.FormUrl);
        var second = await Workspace.OpenFormAsync(client, obligation.FormUrl);

        Assert.Equal(HttpStatusCode.Redirect, (await Workspace.PostAsync(client, obligation.FormUrl, "Submit", first, Workspace.Done("Перша вкладка"))).StatusCode);
        using var stale = await Workspace.PostAsync(client, obligation.FormUrl, "Submit", second, Workspace.Done("Друга вкладка"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(StaleRecord.Message, (await Workspace.HtmlAsync(stale)).QuerySelector("[data-errors]")!.TextContent, StringComparison.Ordinal);
        var report = Assert.Single(await app.ReportsAsync(obligation.Id));
        Assert.Equal(ReportState.Submitted, report.State);
        Assert.Equal("Перша вкладка", report.WhatWasDone);
    }

    public static TheoryData<string, string, string, string> IncompleteReports => new()
    {
        { nameof(MeasureStatus.Done), "", "", "CompletedOn" },
        { nameof(MeasureStatus.NotDone), "", "", "Reasons" },
        { nameof(MeasureStatus.PartlyDone), "31.03.2020", "", "Reasons" },
        { nameof(MeasureStatus.Obsolete), "", "", "CancellingAct" },
    };

    [Theory]
    [MemberData(nameof(IncompleteReports))]
    public async Task A_report_missing_what_its_status_needs_is_not_submitted_and_the_problem_shows_beside_the_field(string status, string date, string reasons, string field)
    {
        var app = factory.OnClock(BeforeDue, out _);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));

        using var response = await Workspace.SendAsync(client, obligation.FormUrl, "Submit", new()
        {
            ["Input.MessageType"] = nameof(MessageType.Result),
            ["Input.Status"] = status,
            ["Input.WhatWasDone"] = "Частину зроблено",
            ["Input.CompletedOn"] = date,
            ["Input.Reasons"] = reasons,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await Workspace.HtmlAsync(response)).QuerySelector($"[data-error-for={field}]")!.TextContent;
        Assert.NotEmpty(error);
        Assert.Matches("[а-яіїєґ]", error);
        Assert.Empty(await app.ReportsAsync(obligation.Id));
    }

    [Fact]
    public async Task Indicator_values_take_a_comma_or_a_point_and_refuse_words_in_Ukrainian()
    {
        var app = factory.OnClock(BeforeDue, out _);
        var obligation = await app.NewObligationAsync(measureNumber: "1.2");
        var (first, second) = await app.QueryAsync(async db =>
        {
            var measure = await db.Measures.FirstAsync(m => m.Id == obligation.MeasureId);
            var count = await db.Indicators.CountAsync(i => i.MeasureId == measure.Id);
            var a = new Indicator(measure, $"Навчено працівників {Guid.NewGuid():N}", "осіб", 40, count + 1);
            var b = new Indicator(measure, $"Частка перевірених {Guid.NewGuid():N}", "%", null, count + 2);
            db.Indicators.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var page = await HtmlPage.GetAsync(client, obligation.FormUrl);
        string Index(Guid id) => page.Single($"[data-indicator='{id}']").GetAttribute("name")!.Split('[', ']')[1];

        using var refused = await Workspace.SendAsync(client, obligation.FormUrl, "Save", new(Workspace.Done())
        {
            [$"Input.Indicators[{Index(first)}].IndicatorId"] = first.ToString(),
            [$"Input.Indicators[{Index(first)}].Value"] = "abc",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Значення показника має бути числом, наприклад 12 або 1,5.", (await Workspace.HtmlAsync(refused)).QuerySelector($"[data-error-for='Indicators[{Index(first)}]']")!.TextContent);
        Assert.Empty(await app.ReportsAsync(obligation.Id));

        var saved = await Workspace.SendAsync(client, obligation.FormUrl, "Save", new(Workspace.Done())
        {
            [$"Input.Indicators[{Index(first)}].IndicatorId"] = first.ToString(),
            [$"Input.Indicators[{Index(first)}].Value"] = "1,5",
            [$"Input.Indicators[{Index(second)}].IndicatorId"] = second.ToString(),
            [$"Input.Indicators[{Index(second)}].Value"] = "2.25",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var values = Assert.Single(await app.ReportsAsync(obligation.Id)).IndicatorValues;
        Assert.Equal(1.5m, values.Single(v => v.IndicatorId == first).Value);
        Assert.Equal(2.25m, values.Single(v => v.IndicatorId == second).Value);
    }

    [Fact]
    public async Task After_a_return_the_executor_sees_the_comment_corrects_with_a_reason_and_every_version_stays_viewable()
    {
        var app = factory.OnClock(BeforeDue, out var clock);
        var obligation = await app.NewObligationAsync();
        var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        Assert.Equal(HttpStatusCode.Redirect, (await Workspace.SendAsync(client, obligation.FormUrl, "Submit", Workspace.Done("Перша версія"))).StatusCode);
        // Reviewed an hour later: within the sign-in cookie's 8 hours, which a fake day would outlast.
        clock.Advance(TimeSpan.FromHours(1));
        await app.ReturnAsync(obligation.Id, "Додайте кількість навчених");

        var returned = await HtmlPage.GetAsync(client, obligation.FormUrl);
        Assert.Equal("Додайте кількість навчених", returned.Single("[data-version='1'] [data-review-comment]").TextContent);
        Assert.Empty(returned.All("form[data-form=report]"));
        var token = TestUsers.TokenIn(returned.Html)!;
        using var correct = await client.PostAsync(obligation.FormUrl + "?handler=Correct", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, correct.StatusCode);
        var form = await HtmlPage.GetAsync(client, obligation.FormUrl);
        Assert.Equal("Перша версія", form.Single("#done").TextContent);

        using var noReason = await Workspace.SendAsync(client, obligation.FormUrl, "Submit", Workspace.Done("Друга версія: 40 осіб"));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.NotEmpty((await Workspace.HtmlAsync(noReason)).QuerySelector("[data-error-for=CorrectionReason]")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await Workspace.SendAsync(client, obligation.FormUrl, "Submit",
            new(Workspace.Done("Друга версія: 40 осіб")) { ["Input.CorrectionReason"] = "Додано кількість навчених" })).StatusCode);

        var reports = await app.ReportsAsync(obligation.Id);
        Assert.Equal([ReportState.Superseded, ReportState.Submitted], reports.Select(r => r.State));
        Assert.Equal("Перша версія", reports[0].WhatWasDone);
        var page = await HtmlPage.GetAsync(client, obligation.FormUrl);
        Assert.Equal("Друга версія: 40 осіб", page.Single("[data-version='2'] [data-done]").TextContent);
        Assert.Equal("Додано кількість навчених", page.Single("[data-version='2'] [data-correction]").TextContent);
        Assert.Equal("Перша версія", page.Single("[data-version='1'] [data-done]").TextContent);
        Assert.Equal("Додайте кількість навчених", page.Single("[data-version='1'] [data-review-comment]").TextContent);
    }

    [Fact]
    public async Task With_an_evidence_folder_configured_the_bytes_go_to_a_file_named_by_the_hash()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"anticor-evidence-{Guid.NewGuid():N}");
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("Evidence:Folder", folder));
        try
        {
            var obligation = await app.NewObligationAsync("2020Q4");
            var client = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
            Assert.Equal(HttpStatusCode.Redirect, (await Workspace.SendAsync(client, obligation.FormUrl, "Save", Workspace.Done(), ("звіт.docx", EvidenceSamples.Odt()))).StatusCode);

            var report = Assert.Single(await app.ReportsAsync(obligation.Id));
            var evidence = report.Evidence.Single();
            Assert.Equal(EvidenceFileType.Odt.MediaType, evidence.MediaType);
            Assert.True(File.Exists(Path.Combine(folder, evidence.ContentSha256!)));
            Assert.Null(await app.QueryAsync(db => db.EvidenceContents.Where(c => c.Sha256 == evidence.ContentSha256).Select(c => c.Bytes).FirstAsync()));
            using var download = await client.GetAsync($"/evidence/{report.Id}/{evidence.Id}");
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, evidence.ContentSha256!)), await download.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task SetClosedAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<web::Program> app, Guid periodId, bool closed) =>
        await app.QueryAsync(async db =>
        {
            var period = await db.ReportingPeriods.FirstAsync(p => p.Id == periodId);
            if (closed)
            {
                period.Close(Guid.NewGuid(), new DateTime(2020, 4, 10, 9, 0, 0, DateTimeKind.Utc));
            }
            else
            {
                period.Reopen("Тест закінчено");
            }

            return await db.SaveChangesAsync();
        });
}
