extern alias web;

using System.Net;
using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using AntiCor.Core.Seed;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Features.Registers;

/// <summary>What a register test sets up for itself: a unit of its own, the department, an executor of the unit and one of another unit.</summary>
public sealed record RegisterScene(Guid UnitId, Guid OtherUnitId, HttpClient Coordinator, HttpClient Executor, HttpClient Stranger, HttpClient Head)
{
    public static async Task<RegisterScene> CreateAsync(WebApplicationFactory<web::Program> app)
    {
        var unit = await NewUnitAsync(app);
        var other = await NewUnitAsync(app);
        return new RegisterScene(
            unit,
            other,
            await app.SignedInClientAsync(await app.CreateAsync(Roles.Coordinator)),
            await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [unit])),
            await app.SignedInClientAsync(await app.CreateAsync(Roles.Executor, [other])),
            await app.SignedInClientAsync(await app.CreateAsync(Roles.Head)));
    }

    public static async Task<Guid> NewUnitAsync(WebApplicationFactory<web::Program> app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AntiCor.Core.Data.AppDbContext>();
        var organization = await db.Organizations.Where(o => o.Slug == SeedProgramme.OrganizationSlug).Select(o => o.Id).FirstAsync();
        var unit = new OrgUnit(organization, $"Підрозділ реєстру {Guid.NewGuid():N}", ExecutorKind.Unit);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    }

    /// <summary>Posts a register form and returns the answer's page text (decoded), asserting the status.</summary>
    public static async Task<string> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, HttpStatusCode expected)
    {
        using var response = await client.PostFormAsync(url, fields);
        Assert.Equal(expected, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
