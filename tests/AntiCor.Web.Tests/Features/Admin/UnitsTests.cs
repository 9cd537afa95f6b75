using System.Net;
using AntiCor.Core.Audit;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Tests.Features.Admin;

[Collection(AppCollection.Name)]
public sealed class UnitsTests(AntiCorFactory factory)
{
    [Fact]
    public async Task The_administrator_adds_a_unit_renames_it_keeping_the_old_name_and_adds_a_spelling_all_audited()
    {
        var admin = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Administrator));
        var organization = await factory.QueryAsync(db => db.Organizations.Select(o => o.Id).FirstAsync());
        var name = $"Сектор цифрової доброчесності {Guid.NewGuid():N}";

        var created = await admin.PostFormAsync("/admin/units", new() { ["Name"] = name, ["Kind"] = "Unit", ["OrganizationId"] = organization.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);

        var again = await admin.PostFormAsync("/admin/units", new() { ["Name"] = name.ToUpperInvariant(), ["Kind"] = "Unit", ["OrganizationId"] = organization.ToString() });
        Assert.Contains("уже є", await again.Content.ReadAsStringAsync());

        var page = $"/admin/units/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{page}?handler=Rename", new() { ["Name"] = name + " і звітності" }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{page}?handler=Alias", new() { ["Alias"] = "СЦД" }, page)).StatusCode);

        var unit = await factory.QueryAsync(db => db.OrgUnits.SingleAsync(u => u.Id == id));
        Assert.Equal(name + " і звітності", unit.Name);
        Assert.Equal([name, "СЦД"], unit.Aliases.Select(a => a.Text).Order());
        Assert.True(unit.IsKnownAs(UnitNameKey.For(name)));

        var audited = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(OrgUnit) && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.Created, audited);
        Assert.Contains(AuditActions.Updated, audited);
    }

    [Fact]
    public async Task A_unit_without_a_name_is_refused_in_ukrainian()
    {
        var admin = await factory.SignedInClientAsync(await factory.CreateAsync(Roles.Administrator));
        var response = await admin.PostFormAsync("/admin/units", new() { ["Name"] = " ", ["Kind"] = "Unit", ["OrganizationId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Вкажіть назву підрозділу", await response.Content.ReadAsStringAsync());
    }
}
