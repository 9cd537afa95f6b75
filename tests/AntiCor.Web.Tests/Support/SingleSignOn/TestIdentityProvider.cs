using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AntiCor.Web.Tests.Support.SingleSignOn;

/// <summary>Who the provider signs in at its next authorization request, chosen by the test.</summary>
public sealed record ProviderIdentity(string Subject, string Email, string Name, string[] Roles, string[] Units, string[] Amr, bool EmailVerified = true);

/// <summary>
/// A real OpenID Connect provider in the test process: OpenIddict's server on Kestrel at
/// 127.0.0.1 over plain HTTP, its store in an in-memory SQLite database held open here, keys
/// made per run. The authorization endpoint signs in <see cref="Next"/> without any page; the
/// token endpoint and discovery are OpenIddict's own.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "anticor-tests";
    public const string ClientSecret = "sso-test-secret-not-for-production";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private WebApplication? _app;

    public Uri Authority { get; private set; } = new("http://127.0.0.1/");

    public ProviderIdentity Next { get; set; } = new("nobody", "nobody@test.anticor.local", "Nobody", [], [], []);

    /// <summary>Starts the provider and registers the app as a confidential client with PKCE and the given callback.</summary>
    public async Task StartAsync(Uri redirectUri)
    {
        await _connection.OpenAsync();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite(_connection).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });

        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Authority = new Uri(address.TrimEnd('/') + "/");

        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "AntiCor (tests)",
            RedirectUris = { redirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var who = Next;
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, who.Subject).SetClaim(Claims.Email, who.Email).SetClaim(Claims.Name, who.Name);
        identity.AddClaim(new Claim(Claims.EmailVerified, who.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        identity.SetClaims(Claims.Role, [.. who.Roles]);
        identity.SetClaims("org_unit", [.. who.Units]);
        identity.SetClaims(Claims.AuthenticationMethodReference, [.. who.Amr]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}
