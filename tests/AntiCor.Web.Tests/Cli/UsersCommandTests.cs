using System.Net;
using System.Text.RegularExpressions;
using AntiCor.Cli;
using AntiCor.Core.Data;
using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Cli;

/// <summary>`anticor users add` against the app's own database (SQLite or PostgreSQL, as the run chooses).</summary>
[Collection(AppCollection.Name)]
public sealed partial class UsersCommandTests(AntiCorFactory factory)
{
    [Fact]
    public async Task Users_add_creates_an_executor_bound_to_a_unit_by_name_and_prints_a_one_time_password_that_signs_in()
    {
        var email = TestUsers.NewEmail("cli");

        var (code, output, error) = await RunAsync("users", "add", email, "--role", "executor", "--unit", "Відділ кадрової роботи");

        Assert.True(code == CliApp.Ok, error);
        Assert.Contains("для оператора сервера", output);
        var password = OneTimeLine().Match(output).Groups[1].Value;
        Assert.True(password.Length >= PasswordRules.MinimumLength, output);
        var unit = await factory.UnitIdAsync("Відділ кадрової роботи");
        var stored = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email)
            .Select(u => new { u.Id, u.MustChangePassword, Bound = db.UserUnits.Any(x => x.UserId == u.Id && x.OrgUnitId == unit) }).SingleAsync());
        Assert.True(stored.MustChangePassword);
        Assert.True(stored.Bound);
        Assert.Equal("CLI", (await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "AppUser" && a.EntityId == stored.Id.ToString())
            .Select(a => a.ActorName).FirstAsync()))[..3]);

        var client = factory.NewClient();
        var signIn = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/change-password", (await client.GetAsync("/my/obligations")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Users_add_refuses_an_unknown_role_and_an_unknown_unit_and_a_duplicate_address()
    {
        var email = TestUsers.NewEmail("cli");

        var badRole = await RunAsync("users", "add", email, "--role", "Mayor");
        var badUnit = await RunAsync("users", "add", email, "--role", "Executor", "--unit", "Відділ, якого немає");
        var first = await RunAsync("users", "add", email, "--role", "Head");
        var again = await RunAsync("users", "add", email, "--role", "Head");

        Assert.Equal(CliApp.Failed, badRole.Code);
        Assert.Contains("Невідома роль", badRole.Error);
        Assert.Equal(CliApp.Failed, badUnit.Code);
        Assert.Contains("не знайдено", badUnit.Error);
        Assert.Equal(CliApp.Ok, first.Code);
        Assert.Equal(CliApp.Failed, again.Code);
        Assert.Contains("уже існує", again.Error);
        Assert.Equal(1, await factory.QueryAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task The_help_says_users_add_is_for_the_server_operator_and_administrators_invite()
    {
        var (_, output, _) = await RunAsync("help");

        Assert.Contains("лише для оператора сервера", output);
        Assert.Contains("адміністратори запрошують на /admin/users", output);
    }

    private async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var options = factory.Services.GetRequiredService<DatabaseOptions>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider.ToString(),
            [$"ConnectionStrings:{DatabaseOptions.ConnectionName}"] = options.ConnectionString,
            // The app's data folder, as an operator runs the CLI beside it: another folder means another chain key, and forged-looking rows.
            ["Data:Folder"] = factory.Folder,
        }).Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, configuration);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"Одноразовий пароль: (\S+)")]
    private static partial Regex OneTimeLine();
}
