extern alias web;

using System.Security.Claims;
using System.Text.Encodings.Web;
using AntiCor.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Tests.Audit;

/// <summary>
/// The user swapped in for a test: a request carrying X-Test-Role is signed in with that role
/// (and nothing else: no pending password change, no pending second factor). Requests without
/// it are anonymous, so the app's own challenge still applies.
/// </summary>
public static class RoleSignIn
{
    public const string SchemeName = "TestRole";
    public const string Header = "X-Test-Role";

    public static WebApplicationFactory<web::Program> WithRoleSignIn(this AntiCorFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, Handler>(SchemeName, _ => { });
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = SchemeName);
        }));

    public static HttpClient ClientAs(this WebApplicationFactory<web::Program> app, string role)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, role);
        return client;
    }

    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(Header, out var role) || string.IsNullOrEmpty(role))
            {
                return AuthenticateResult.NoResult();
            }

            // The role is held in the seed's city, as a membership there would give it.
            var city = await Context.RequestServices.GetRequiredService<AntiCor.Core.Data.AppDbContext>().Organizations
                .Where(o => o.Slug == AntiCor.Core.Seed.SeedProgramme.OrganizationSlug).Select(o => new { o.Id, o.Slug, o.Name }).SingleAsync();
            var identity = new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.NameIdentifier, $"test-{role}"),
                    new Claim(ClaimTypes.Name, $"Тестовий {role}"),
                    new Claim(ClaimTypes.Role, role.ToString()),
                    new Claim(web::AntiCor.Web.Infrastructure.CurrentUser.OrganizationClaim, city.Id.ToString()),
                    new Claim(web::AntiCor.Web.Infrastructure.CurrentUser.OrganizationSlugClaim, city.Slug),
                    new Claim(web::AntiCor.Web.Infrastructure.CurrentUser.OrganizationNameClaim, city.Name),
                ],
                SchemeName);
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
        }
    }
}
