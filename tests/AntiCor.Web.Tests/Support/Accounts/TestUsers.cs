extern alias web;

using AntiCor.Tests.Shared;
using System.Net;
using System.Text.RegularExpressions;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Support.Accounts;

/// <summary>A test account: its password and, when enrolled, its TOTP key.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, string? TotpKey);

/// <summary>
/// Accounts for tests, created in the app's own store, and clients signed in through the real
/// sign-in pages (form, antiforgery token, second step with a computed TOTP code).
/// </summary>
public static partial class TestUsers
{
    public const string Password = "tykha-richka-zelenyi-mist";

    public static string NewEmail(string hint) => $"{hint.ToLowerInvariant()}-{Guid.NewGuid():N}@test.anticor.local";

    /// <summary>
    /// A user with the role (none for null) in the organisation (default: the seed's city; a
    /// deployment administrator holds no membership), bound to the units, enrolled in TOTP when
    /// <paramref name="enrol"/> (default: when the role needs it).
    /// </summary>
    public static async Task<TestUser> CreateAsync(
        this WebApplicationFactory<web::Program> factory, string? role, Guid[]? units = null, bool? enrol = null, string? email = null, Guid? organization = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser(email ?? NewEmail(role ?? "user"), $"Тест {role}", scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        Check(await users.CreateAsync(user, Password));
        if (role == Roles.DeploymentAdministrator)
        {
            Check(await users.AddToRoleAsync(user, role));
        }
        else if (role is not null)
        {
            var organizationId = organization ?? await db.Organizations.Where(o => o.Slug == AntiCor.Core.Seed.SeedProgramme.OrganizationSlug).Select(o => o.Id).FirstAsync();
            db.Memberships.Add(new Membership(user.Id, organizationId, role));
        }

        foreach (var unit in units ?? [])
        {
            db.UserUnits.Add(new UserUnit(user.Id, unit));
        }

        await db.SaveChangesAsync();
        string? key = null;
        if (enrol ?? (role is not null && Roles.RequiringTwoFactor.Contains(role)))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new TestUser(user.Id, user.Email!, Password, key);
    }

    /// <summary>The roles the user holds in the seed's city (memberships).</summary>
    public static async Task<List<string>> RolesAsync(this WebApplicationFactory<web::Program> factory, Guid userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Memberships.Where(m => m.UserId == userId).Select(m => m.Role).ToListAsync();
    }

    /// <summary>Grants a role in the seed's city directly in the store, as another administrator would have.</summary>
    public static async Task GrantAsync(this WebApplicationFactory<web::Program> factory, Guid userId, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organization = await db.Organizations.Where(o => o.Slug == AntiCor.Core.Seed.SeedProgramme.OrganizationSlug).Select(o => o.Id).FirstAsync();
        db.Memberships.Add(new Membership(userId, organization, role));
        await db.SaveChangesAsync();
    }

    public static HttpClient NewClient(this WebApplicationFactory<web::Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client (no redirects followed) whose cookies live in <paramref name="cookies"/>, where a test can copy them as a thief would.</summary>
    public static HttpClient NewClient(this WebApplicationFactory<web::Program> factory, CookieContainer cookies) =>
        factory.CreateDefaultClient(new CookieContainerHandler(cookies));

    /// <summary>A client signed in as the user through /account/login (and /account/login-2fa when enrolled); its cookies in <paramref name="cookies"/> when given.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<web::Program> factory, TestUser user, CookieContainer? cookies = null)
    {
        var (client, response) = await factory.SignInAsync(user, code: null, cookies);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {user.Email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Both steps of the sign-in, the second with <paramref name="code"/> (by default the user's current TOTP code): the client and the last answer.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(
        this WebApplicationFactory<web::Program> factory, TestUser user, string? code, CookieContainer? cookies = null)
    {
        var client = cookies is null ? factory.NewClient() : factory.NewClient(cookies);
        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });
        if (response.Headers.Location?.OriginalString.StartsWith("/account/login-2fa", StringComparison.Ordinal) == true)
        {
            Assert.NotNull(user.TotpKey);
            response = await client.PostFormAsync("/account/login-2fa", new() { ["Code"] = code ?? Totp.Code(user.TotpKey!) });
        }

        return (client, response);
    }

    /// <summary>GETs the page, takes its antiforgery token, and POSTs the fields (to the handler, if given).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPage ?? StripHandler(url));
        var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(url, content);
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        using var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        return TokenIn(html) ?? throw new Xunit.Sdk.XunitException($"No antiforgery token on {url} ({(int)page.StatusCode}).");
    }

    /// <summary>The antiforgery token of the page's (first) form, or null when it has none.</summary>
    public static string? TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static async Task<string?> AuthenticatorKeyAsync(this WebApplicationFactory<web::Program> factory, Guid userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(userId.ToString()))!);
    }

    public static async Task<Guid> UnitIdAsync(this WebApplicationFactory<web::Program> factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OrgUnits.Where(u => u.Name == name).Select(u => u.Id).FirstAsync();
    }

    private static string StripHandler(string url)
    {
        var q = url.IndexOf("?handler=", StringComparison.Ordinal);
        return q < 0 ? url : url[..q];
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
