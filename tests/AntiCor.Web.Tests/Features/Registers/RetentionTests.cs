extern alias web;

using System.Net;
using AntiCor.Core.Data;
using AntiCor.Core.Registers;
using web::AntiCor.Web.Features.Registers;
using AntiCor.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>Names erased after the retention period; counts kept; the audit trail records the erasure without the name.</summary>
[Collection(AppCollection.Name)]
public sealed class RetentionTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Names_older_than_the_retention_period_are_erased_the_counts_stay_and_the_audit_never_holds_the_name()
    {
        var scene = await RegisterScene.CreateAsync(factory);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/appointments/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.CandidateName"] = "Давній Кандидат", ["Input.Position"] = "Архіваріус",
            ["Input.Category"] = "п. 2 ч. 1 ст. 3", ["Input.NoticeReceivedOn"] = "02.12.2019", ["Input.PlannedAppointmentOn"] = "04.12.2019",
        }, HttpStatusCode.Redirect);
        await RegisterScene.PostAsync(scene.Coordinator, "/registers/appointments/edit", new()
        {
            ["Input.OrgUnitId"] = scene.UnitId.ToString(), ["Input.CandidateName"] = "Свіжий Кандидат", ["Input.Position"] = "Архіваріус",
            ["Input.Category"] = "п. 2 ч. 1 ст. 3", ["Input.NoticeReceivedOn"] = "02.12.2035", ["Input.PlannedAppointmentOn"] = "14.12.2035",
        }, HttpStatusCode.Redirect);
        var figuresBefore = await factory.QueryAsync(db => RegisterFigures.ForPeriodAsync(db, RegisterKind.Appointments, new(2019, 10, 1), new(2019, 12, 31)));

        int erased;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            erased = await RegisterRetention.EraseAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), new DateOnly(2026, 1, 1),
                new DateTime(2026, 1, 1, 2, 0, 0, DateTimeKind.Utc), new RegisterRetentionOptions(), CancellationToken.None);
        }

        var notices = await factory.QueryAsync(db => db.AppointmentNotices.AsNoTracking().Where(n => n.OrgUnitId == scene.UnitId).OrderBy(n => n.NoticeReceivedOn).ToListAsync());
        Assert.True(erased >= 1);
        Assert.Null(notices[0].CandidateName);
        Assert.NotNull(notices[0].ErasedAtUtc);
        Assert.Equal("Архіваріус", notices[0].Position);
        Assert.Equal("Свіжий Кандидат", notices[1].CandidateName);
        var figuresAfter = await factory.QueryAsync(db => RegisterFigures.ForPeriodAsync(db, RegisterKind.Appointments, new(2019, 10, 1), new(2019, 12, 31)));
        Assert.Equal(figuresBefore.Select(f => f.Value), figuresAfter.Select(f => f.Value));

        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "AppointmentNotice" && a.EntityId == notices[0].Id.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["created", "updated"], audit.Select(a => a.Action));
        Assert.Contains("ErasedAtUtc", audit[1].Changes!, StringComparison.Ordinal);
        Assert.Contains("CandidateName", audit[1].Changes!, StringComparison.Ordinal);
        Assert.All(audit, a => Assert.DoesNotContain("Давній", a.Changes!, StringComparison.Ordinal));

        var list = await HtmlPage.GetAsync(scene.Coordinator, $"/registers/appointments?unit={scene.UnitId}&to=31.12.2019");
        Assert.Equal(RegistersText.Erased, Assert.Single(list.All("tr[data-entry] [data-person]")).TextContent);
    }
}
