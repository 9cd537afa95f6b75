using System.Net;
using AntiCor.Core.Registers;
using AntiCor.Core.Security;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Features.My;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>
/// The coordinator links the register of appointment notices to measure 3.1 of the seed programme
/// (the only test that links this register), with a minimum of 7 days; the notices of 2020Q2 then
/// become the figures offered in the report form of that measure for 2020Q2.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RegisterLinkTests(AntiCorFactory factory)
{
    private const string MeasureNumber = "3.1";

    [Fact]
    public async Task A_linked_registers_figures_for_the_period_fill_the_executors_report_as_indicator_values_with_a_link_to_the_entries()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        var programme = await factory.QueryAsync(db => db.Programmes.Where(p => db.Organizations.Any(o => o.Id == p.OrganizationId && o.Slug == SeedProgramme.OrganizationSlug)).Select(p => p.Id).FirstAsync());
        var link = new Dictionary<string, string>
        {
            ["ProgrammeId"] = programme.ToString(), ["Register"] = nameof(RegisterKind.Appointments), ["MeasureNumber"] = MeasureNumber, ["NoticeDays"] = "7",
        };

        await RegisterScene.PostAsync(scene.Coordinator, "/registers?handler=Link", link, HttpStatusCode.Redirect);
        var twice = await RegisterScene.PostAsync(scene.Coordinator, "/registers?handler=Link", link, HttpStatusCode.OK);
        var unknown = await RegisterScene.PostAsync(scene.Coordinator, "/registers?handler=Link", new(link) { ["Register"] = nameof(RegisterKind.Conflicts), ["MeasureNumber"] = "99.9" }, HttpStatusCode.OK);
        Assert.Contains(RegistersTextFor.AlreadyLinked, twice, StringComparison.Ordinal);
        Assert.Contains(RegistersTextFor.MeasureUnknown, unknown, StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.RegisterLinks.CountAsync(l => l.ProgrammeId == programme && l.Register == RegisterKind.Appointments)));
        var overview = await HtmlPage.GetAsync(scene.Coordinator, "/registers");
        Assert.Equal(MeasureNumber, overview.Single("tr[data-link='Appointments'] [data-measure]").TextContent);

        // Three notices in 2020Q2 (the programme's minimum is 7 days: 6 is late), one outside the period.
        foreach (var (receivedOn, planned) in new[] { ("01.04.2020", "15.04.2020"), ("10.05.2020", "16.05.2020"), ("29.06.2020", "30.07.2020"), ("01.07.2020", "02.07.2020") })
        {
            await RegisterScene.PostAsync(scene.Coordinator, "/registers/appointments/edit", new()
            {
                ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.CandidateName"] = "Кандидат " + receivedOn, ["Input.Position"] = "Спеціаліст",
                ["Input.Category"] = "п. 2 ч. 1 ст. 3", ["Input.NoticeReceivedOn"] = receivedOn, ["Input.PlannedAppointmentOn"] = planned,
            }, HttpStatusCode.Redirect);
        }

        Assert.Equal(7, await factory.QueryAsync(db => db.AppointmentNotices.Where(n => n.OrgUnitId == scene.UnitId).Select(n => n.RequiredDays).FirstAsync()));

        var app = factory.OnClock(new DateOnly(2020, 7, 10), out _);
        var obligation = await app.NewObligationAsync(periodKey: "2020Q2", measureNumber: MeasureNumber);
        var executor = await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [obligation.UnitId]));
        var indicators = await app.QueryAsync(db => db.Indicators.AsNoTracking().Where(i => i.MeasureId == obligation.MeasureId).ToDictionaryAsync(i => i.Name, i => i.Id));
        var received = indicators[RegisterFigures.Definitions(RegisterKind.Appointments)[0].Name];
        var late = indicators[RegisterFigures.Definitions(RegisterKind.Appointments)[1].Name];

        var form = await HtmlPage.GetAsync(executor, obligation.FormUrl);
        Assert.Equal(["3", "1"], form.All("[data-offer='Appointments'] [data-figure]").Select(f => f.TextContent));
        Assert.Equal("Надійшло 3 повідомлень про кандидатів на призначення, з них 1 — із порушенням строку.", form.Single("[data-offer='Appointments'] [data-sentence]").TextContent);
        Assert.Equal("/registers/appointments?from=01.04.2020&to=30.06.2020", form.Single("[data-offer='Appointments'] [data-entries]").GetAttribute("href"));

        var filled = await HtmlPage.GetAsync(executor, obligation.FormUrl + "?fromRegister=true");
        Assert.Equal("3", filled.Single($"input[data-indicator='{received}']").GetAttribute("value"));
        Assert.Equal("1", filled.Single($"input[data-indicator='{late}']").GetAttribute("value"));
        Assert.Contains("з них 1 — із порушенням строку", filled.Single("textarea[name='Input.WhatWasDone']").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/registers/appointments?from=01.04.2020&to=30.06.2020", filled.Single("input[name='Input.LinkUrl']").GetAttribute("value"), StringComparison.Ordinal);

        // Saved as the form holds it: the figures are the draft's indicator values, the entries its evidence link.
        var hidden = await Workspace.OpenFormAsync(executor, obligation.FormUrl + "?fromRegister=true");
        var fields = filled.All("form[data-form=report] input[data-indicator], form[data-form=report] input[name^='Input.Link']")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? "");
        fields["Input.MessageType"] = "Progress";
        fields["Input.Status"] = "InProgress";
        fields["Input.WhatWasDone"] = filled.Single("textarea[name='Input.WhatWasDone']").TextContent;
        using var saved = await Workspace.PostAsync(executor, obligation.FormUrl, "Save", hidden, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = Assert.Single(await app.ReportsAsync(obligation.Id));
        Assert.Equal(3m, draft.IndicatorValues.Single(v => v.IndicatorId == received).Value);
        Assert.Equal(1m, draft.IndicatorValues.Single(v => v.IndicatorId == late).Value);
        Assert.Contains(draft.Evidence, e => e.Url!.EndsWith("/registers/appointments?from=01.04.2020&to=30.06.2020", StringComparison.Ordinal));

        // The entries behind the figures: the executor of the measure sees the period's entries of their own units only.
        var entries = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/appointments?from=01.04.2020&to=30.06.2020&unit={scene.UnitId}");
        Assert.Equal(3, entries.All("tr[data-entry]").Count);
    }
}

/// <summary>The page's words the test looks for.</summary>
internal static class RegistersTextFor
{
    public const string AlreadyLinked = "зв'язок встановлюється один раз на програму";
    public const string MeasureUnknown = "У цій програмі немає заходу з таким номером.";
}
