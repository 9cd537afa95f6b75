extern alias web;

using System.Net;
using AntiCor.Core.Data;
using AntiCor.Core.Mail;
using AntiCor.Core.Registers;
using AntiCor.Core.Security;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Features.My;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using web::AntiCor.Web.Features.Registers;
using web::AntiCor.Web.Features.Registers.Declarations;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>
/// The declaration campaigns (measure 7.7): deadlines on the working-day calendar, filings with a
/// link to the public register, late and missing filings with the day NACP was told, reminders
/// through the outbox once per step, access, export, figures and retention. Each test keeps to
/// campaign years of its own (the figures count over the organisation).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DeclarationsTests(AntiCorFactory factory)
{
    private const string Url = "/registers/declarations/edit";
    private const string PublicEntry = "https://public.nazk.gov.ua/documents/0d7c1a52-1f3e-4a55-9c55-7c2f0b3e9a10";

    private static string NewEmail() => $"deklarant.{Guid.NewGuid():N}@example.gov.ua";

    private static Dictionary<string, string> Declarant(Guid unit, int year, string person, string email,
        string? dismissed = null, string? filed = null, string? url = null, string? nacp = null) => new()
    {
        ["Input.OrgUnitId"] = unit.ToString(),
        ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.PersonName"] = person,
        ["Input.Email"] = email,
        ["Input.Position"] = "Головний спеціаліст",
        ["Input.DismissedOn"] = dismissed ?? "",
        ["Input.FiledOn"] = filed ?? "",
        ["Input.RegisterUrl"] = url ?? "",
        ["Input.NacpNotifiedOn"] = nacp ?? "",
    };

    [Fact]
    public async Task A_declarant_is_added_then_marked_filed_late_with_the_day_NACP_was_told_and_the_deadline_skips_the_weekend()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var email = NewEmail();
        // 1 April 2040 is a Sunday: the deadline for the 2039 declarations is Monday 2 April.
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2039, "Бондар Оксана Петрівна", email.ToUpperInvariant()), HttpStatusCode.Redirect);
        var entry = await factory.QueryAsync(db => db.Declarations.AsNoTracking().SingleAsync(d => d.OrgUnitId == scene.UnitId));
        Assert.Equal(new DateOnly(2040, 4, 2), entry.DueOn);
        Assert.Equal(email, entry.Email);

        var form = await HtmlPage.GetAsync(scene.Coordinator, $"{Url}/{entry.Id}");
        Assert.Equal("Бондар Оксана Петрівна", form.Single("input[name='Input.PersonName']").GetAttribute("value"));
        await RegisterScene.PostAsync(scene.Coordinator, $"{Url}/{entry.Id}",
            new(Declarant(scene.UnitId, 2039, "Бондар Оксана Петрівна", email, filed: "05.04.2040", url: PublicEntry, nacp: "07.04.2040")) { ["Input.Version"] = entry.Version.ToString() },
            HttpStatusCode.Redirect);

        var filed = await factory.QueryAsync(db => db.Declarations.AsNoTracking().SingleAsync(d => d.Id == entry.Id));
        Assert.Equal(new DateOnly(2040, 4, 5), filed.FiledOn);
        Assert.Equal(PublicEntry, filed.RegisterUrl);
        Assert.Equal(new DateOnly(2040, 4, 7), filed.NacpNotifiedOn);
        var late = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/declarations?unit={scene.UnitId}&violations=true");
        var row = Assert.Single(late.All("tr[data-entry]"));
        Assert.Equal(DeclarationsText.Late, row.QuerySelector("[data-overdue]")!.TextContent);
        Assert.Equal("07.04.2040", row.QuerySelector("[data-nacp]")!.TextContent);
        Assert.Equal(PublicEntry, row.QuerySelector("[data-declaration-link]")!.GetAttribute("href"));

        // Every change is in the audit trail, the name and the address hidden.
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Declaration" && a.EntityId == entry.Id.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["created", "updated"], audit.Select(a => a.Action));
        Assert.Contains("NacpNotifiedOn", audit[1].Changes!, StringComparison.Ordinal);
        Assert.All(audit, a => Assert.DoesNotContain("Бондар", a.Changes!, StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(email, a.Changes!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_declarant_twice_in_one_campaign_a_plain_http_link_or_dates_in_the_wrong_order_are_refused_and_nothing_is_saved()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var email = NewEmail();
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2041, "Савчук Марія", email), HttpStatusCode.Redirect);

        var sameEmail = await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.OtherUnitId, 2041, "Савчук Марія Іванівна", email), HttpStatusCode.OK);
        var sameName = await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.OtherUnitId, 2041, "Савчук Марія", NewEmail()), HttpStatusCode.OK);
        var http = await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2042, "Савчук Марія", email, filed: "10.02.2043", url: "http://public.nazk.gov.ua/documents/1"), HttpStatusCode.OK);
        var beforeCampaign = await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2042, "Савчук Марія", email, filed: "30.12.2042", url: PublicEntry), HttpStatusCode.OK);
        var beforeDismissal = await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2042, "Савчук Марія", email, dismissed: "15.05.2042", filed: "14.05.2042", url: PublicEntry), HttpStatusCode.OK);
        var nacpEarly = await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2042, "Савчук Марія", email, nacp: "31.03.2043"), HttpStatusCode.OK);
        var badEmail = await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2042, "Савчук Марія", "savchuk at rada"), HttpStatusCode.OK);

        Assert.Contains(RegisterWords.DeclarantTwice, sameEmail, StringComparison.Ordinal);
        Assert.Contains(RegisterWords.DeclarantTwice, sameName, StringComparison.Ordinal);
        Assert.Contains(RegisterWords.DeclarationUrlNotHttps, http, StringComparison.Ordinal);
        Assert.Contains(RegisterWords.FiledBeforeCampaign, beforeCampaign, StringComparison.Ordinal);
        Assert.Contains(RegisterWords.FiledBeforeDismissal, beforeDismissal, StringComparison.Ordinal);
        Assert.Contains(RegisterWords.NacpNotifiedBeforeDue, nacpEarly, StringComparison.Ordinal);
        Assert.Contains(RegisterWords.DeclarantEmailInvalid, badEmail, StringComparison.Ordinal);
        Assert.Contains("Савчук Марія Іванівна", sameEmail, StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.Declarations.CountAsync(d => d.OrgUnitId == scene.UnitId || d.OrgUnitId == scene.OtherUnitId)));

        // The same person in the next campaign is a new entry.
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2042, "Савчук Марія", email), HttpStatusCode.Redirect);
        Assert.Equal([2041, 2042], await factory.QueryAsync(db => db.Declarations.Where(d => d.Email == email).OrderBy(d => d.Year).Select(d => d.Year).ToListAsync()));
    }

    [Fact]
    public async Task An_executor_sees_only_their_units_declarants_without_names_or_addresses_and_the_coordinators_export_has_them()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var email = NewEmail();
        var otherEmail = NewEmail();
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2043, "Ковальчук Ярослав", email), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.OtherUnitId, 2043, "Мельник Ірина", otherEmail), HttpStatusCode.Redirect);
        var id = await factory.QueryAsync(db => db.Declarations.Where(d => d.OrgUnitId == scene.UnitId).Select(d => d.Id).SingleAsync());
        var other = await factory.QueryAsync(db => db.Declarations.Where(d => d.OrgUnitId == scene.OtherUnitId).Select(d => d.Id).SingleAsync());

        var form = await HtmlPage.GetAsync(scene.Executor, $"{Url}/{id}");
        Assert.DoesNotContain("Ковальчук", form.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, form.Html, StringComparison.Ordinal);
        var version = form.Single("input[name='Input.Version']").GetAttribute("value")!;
        await RegisterScene.PostAsync(scene.Executor, $"{Url}/{id}",
            new(Declarant(scene.UnitId, 2043, "", "", filed: "20.03.2044", url: PublicEntry)) { ["Input.Version"] = version }, HttpStatusCode.Redirect);
        var kept = await factory.QueryAsync(db => db.Declarations.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal(("Ковальчук Ярослав", email, (DateOnly?)new DateOnly(2044, 3, 20)), (kept.PersonName, kept.Email, kept.FiledOn));

        var list = await HtmlPage.GetAsync(scene.Executor, "/registers/declarations?from=01.01.2044&to=31.12.2044");
        Assert.Equal([id.ToString()], list.All("tr[data-entry]").Select(r => r.GetAttribute("data-entry")).Where(e => e == id.ToString() || e == other.ToString()));
        Assert.DoesNotContain("Мельник", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ковальчук", list.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(scene.Executor, $"{Url}/{other}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(scene.Stranger, $"{Url}/{id}")).Status);
        var headList = await HtmlPage.GetAsync(scene.Head, $"/registers/declarations?unit={scene.OtherUnitId}");
        Assert.Equal(RegisterAccess.Masked, Assert.Single(headList.All("tr[data-entry] [data-person]")).TextContent);

        var executorCsv = await scene.Executor.GetStringAsync("/registers/declarations?format=csv");
        Assert.Contains(PublicEntry, executorCsv, StringComparison.Ordinal);
        Assert.DoesNotContain(email, executorCsv, StringComparison.Ordinal);
        var csv = await scene.Coordinator.GetStringAsync($"/registers/declarations?unit={scene.UnitId}&format=csv");
        Assert.Contains("Ковальчук Ярослав", csv, StringComparison.Ordinal);
        Assert.Contains(email, csv, StringComparison.Ordinal);
        Assert.Contains("Подано вчасно", csv, StringComparison.Ordinal);
        using var xlsx = await scene.Coordinator.GetAsync($"/registers/declarations?unit={scene.UnitId}&format=xlsx");
        Assert.Equal(RegisterExport.Xlsx, xlsx.Content.Headers.ContentType!.MediaType);
        Assert.True((await xlsx.Content.ReadAsByteArrayAsync()).Length > 0);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "exported" && a.EntityId == "declarations")));
    }

    [Fact]
    public async Task Reminders_go_through_the_outbox_to_those_who_have_not_filed_once_per_step()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var waiting = NewEmail();
        var done = NewEmail();
        // The 2044 declarations are due on Monday 03.04.2045 (1 April is a Saturday).
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2044, "Остапенко Дмитро", waiting), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2044, "Гайова Тетяна", done, filed: "15.02.2045", url: PublicEntry), HttpStatusCode.Redirect);

        async Task<int> RemindAsync(DateOnly today)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await DeclarationReminders.QueueAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<IOutbox>(), today, CancellationToken.None);
        }

        Task<List<OutboxMessage>> LettersAsync(string to) => factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == to).OrderBy(m => m.CreatedUtc).ToListAsync());

        await RemindAsync(new DateOnly(2045, 3, 1));
        Assert.Empty(await LettersAsync(waiting));
        await RemindAsync(new DateOnly(2045, 3, 20));
        await RemindAsync(new DateOnly(2045, 3, 21));
        var first = Assert.Single(await LettersAsync(waiting));
        Assert.Equal(DeclarationsText.Subject(new DateOnly(2045, 4, 3)), first.Subject);
        Assert.Contains("Остапенко Дмитро", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("щорічну декларацію за 2044 рік", first.TextBody, StringComparison.Ordinal);
        Assert.EndsWith(":before-14", first.DedupKey, StringComparison.Ordinal);

        await RemindAsync(new DateOnly(2045, 3, 31));
        Assert.Single(await LettersAsync(waiting));
        await RemindAsync(new DateOnly(2045, 4, 2));
        await RemindAsync(new DateOnly(2045, 4, 2));
        Assert.Equal(2, (await LettersAsync(waiting)).Count);
        await RemindAsync(new DateOnly(2045, 4, 4));
        Assert.Equal(2, (await LettersAsync(waiting)).Count);
        Assert.Empty(await LettersAsync(done));

        // The button: the coordinator's only.
        Assert.Equal(HttpStatusCode.Forbidden, (await scene.Executor.PostFormAsync("/registers/declarations?handler=Remind", [], Url)).StatusCode);
        using var pressed = await scene.Coordinator.PostFormAsync("/registers/declarations?handler=Remind", []);
        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
    }

    [Fact]
    public async Task A_new_campaign_takes_the_previous_years_declarants_who_were_not_dismissed_once()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var staying = NewEmail();
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2046, "Литвин Роман", staying), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2046, "Руденко Алла", NewEmail(), dismissed: "10.06.2046"), HttpStatusCode.Redirect);

        await RegisterScene.PostAsync(scene.Coordinator, "/registers/declarations?handler=Campaign", new() { ["CampaignYear"] = "2047" }, HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/declarations?handler=Campaign", new() { ["CampaignYear"] = "2047" }, HttpStatusCode.Redirect);

        var next = await factory.QueryAsync(db => db.Declarations.AsNoTracking().Where(d => d.OrgUnitId == scene.UnitId && d.Year == 2047).ToListAsync());
        var carried = Assert.Single(next);
        Assert.Equal((staying, new DateOnly(2048, 4, 1)), (carried.Email!, carried.DueOn));
    }

    [Fact]
    public async Task The_linked_measures_report_form_offers_the_campaigns_figures_for_the_period()
    {
        // The only test that links this register to the seed programme, on measure 7.7; the only one with deadlines in 2020.
        var scene = await RegisterScene.CreateAsync(factory);
        var programme = await factory.QueryAsync(db => db.Programmes.Where(p => db.Organizations.Any(o => o.Id == p.OrganizationId && o.Slug == SeedProgramme.OrganizationSlug)).Select(p => p.Id).FirstAsync());
        await RegisterScene.PostAsync(scene.Coordinator, "/registers?handler=Link", new()
        {
            ["ProgrammeId"] = programme.ToString(), ["Register"] = nameof(RegisterKind.Declarations), ["MeasureNumber"] = "7.7",
        }, HttpStatusCode.Redirect);

        // 2019 declarations due Wednesday 01.04.2020: one on time, one late (NACP told in April), one missing (told in May);
        // a leaver dismissed 10.05.2020 files on time; the 2020 declarations are due in 2021, outside the period.
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2019, "Вчасна Особа", NewEmail(), filed: "15.03.2020", url: PublicEntry), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2019, "Запізніла Особа", NewEmail(), filed: "10.04.2020", url: PublicEntry, nacp: "20.04.2020"), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2019, "Неподана Особа", NewEmail(), nacp: "05.05.2020"), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2020, "Звільнена Особа", NewEmail(), dismissed: "10.05.2020", filed: "01.06.2020", url: PublicEntry), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2020, "Наступна Особа", NewEmail()), HttpStatusCode.Redirect);

        var app = factory.OnClock(new DateOnly(2020, 7, 10), out _);
        var obligation = await app.NewObligationAsync(periodKey: "2020Q2", measureNumber: "7.7");
        var executor = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var form = await HtmlPage.GetAsync(executor, obligation.FormUrl);
        Assert.Equal(["4", "2", "1", "1", "2"], form.All("[data-offer='Declarations'] [data-figure]").Select(f => f.TextContent));
        Assert.Equal("Строк подання декларацій настав для 4 декларантів: вчасно подали 2, із порушенням строку — 1, не подали 1; надіслано повідомлень до НАЗК: 2.",
            form.Single("[data-offer='Declarations'] [data-sentence]").TextContent);
        Assert.Equal("/registers/declarations?from=01.04.2020&to=30.06.2020", form.Single("[data-offer='Declarations'] [data-entries]").GetAttribute("href"));

        var indicators = await app.QueryAsync(db => db.Indicators.AsNoTracking().Where(i => i.MeasureId == obligation.MeasureId).ToDictionaryAsync(i => i.Name, i => i.Id));
        var filled = await HtmlPage.GetAsync(executor, obligation.FormUrl + "?fromRegister=true");
        var missing = indicators[RegisterFigures.Definitions(RegisterKind.Declarations)[3].Name];
        Assert.Equal("1", filled.Single($"input[data-indicator='{missing}']").GetAttribute("value"));
    }

    [Fact]
    public async Task Names_and_addresses_past_the_retention_period_are_erased_and_the_counts_stay()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var old = NewEmail();
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2012, "Давній Декларант", old, filed: "20.03.2013", url: PublicEntry), HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, Url, Declarant(scene.UnitId, 2048, "Свіжий Декларант", NewEmail()), HttpStatusCode.Redirect);
        var before = await factory.QueryAsync(db => RegisterFigures.ForPeriodAsync(db, RegisterKind.Declarations, new(2013, 1, 1), new(2013, 12, 31)));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await RegisterRetention.EraseAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), new DateOnly(2026, 1, 1),
                new DateTime(2026, 1, 1, 2, 0, 0, DateTimeKind.Utc), new RegisterRetentionOptions(), CancellationToken.None);
        }

        var entries = await factory.QueryAsync(db => db.Declarations.AsNoTracking().Where(d => d.OrgUnitId == scene.UnitId).OrderBy(d => d.Year).ToListAsync());
        Assert.Equal((null, null), (entries[0].PersonName, entries[0].Email));
        Assert.NotNull(entries[0].ErasedAtUtc);
        Assert.Equal(new DateOnly(2013, 3, 20), entries[0].FiledOn);
        Assert.Equal("Свіжий Декларант", entries[1].PersonName);
        var after = await factory.QueryAsync(db => RegisterFigures.ForPeriodAsync(db, RegisterKind.Declarations, new(2013, 1, 1), new(2013, 12, 31)));
        Assert.Equal(before.Select(f => f.Value), after.Select(f => f.Value));
        Assert.True(after[0].Value >= 1);

        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Declaration" && a.EntityId == entries[0].Id.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Contains("ErasedAtUtc", audit[^1].Changes!, StringComparison.Ordinal);
        Assert.All(audit, a => Assert.DoesNotContain("Давній", a.Changes!, StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(old, a.Changes!, StringComparison.Ordinal));
        var list = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/declarations?unit={scene.UnitId}&to=31.12.2013");
        Assert.Equal(RegistersText.Erased, Assert.Single(list.All("tr[data-entry] [data-person]")).TextContent);
    }
}
