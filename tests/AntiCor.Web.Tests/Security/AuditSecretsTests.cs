using AntiCor.Core.Security;
using AntiCor.Web.Tests.Support;
using AntiCor.Web.Tests.Support.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AntiCor.Web.Tests.Security;

[Collection(AppCollection.Name)]
public sealed class AuditSecretsTests(AntiCorFactory factory)
{
    [Fact]
    public void The_audit_trail_excludes_password_hashes_security_stamps_and_authenticator_tokens()
    {
        // And the names of persons in the department's registers (personal data, erased after retention).
        Assert.Equal(
            [("AppointmentNotice", "CandidateName"), ("AppUser", "PasswordHash"), ("AppUser", "SecurityStamp"), ("ConflictOfInterest", "PersonName"),
                ("Consultation", "PersonName"), ("Declaration", "Email"), ("Declaration", "PersonName"), ("IdentityUserToken", "Value"), ("LiablePerson", "PersonName"),
                ("TrainingParticipant", "PersonName")],
            AntiCor.Core.Audit.EntityChangesSecrets.List.Order());
    }

    [Fact]
    public async Task No_audit_row_holds_a_password_hash_stamp_authenticator_key_or_recovery_code()
    {
        var user = await factory.CreateAsync(Roles.Auditor);
        var client = await factory.SignedInClientAsync(user);
        await client.PostFormAsync("/account/change-password", new()
        {
            ["Input.CurrentPassword"] = user.Password, ["Input.NewPassword"] = "zovsim inshyi dovhyi parol", ["Input.ConfirmPassword"] = "zovsim inshyi dovhyi parol",
        });
        var regenerated = await client.PostFormAsync("/account/two-factor?handler=RecoveryCodes", []);
        var codes = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await regenerated.Content.ReadAsStringAsync())
            .QuerySelectorAll("[data-recovery-codes] li code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(user.Id.ToString());
        var tokens = await factory.QueryAsync(db => db.UserTokens.Where(t => t.UserId == user.Id).Select(t => t.Value!).ToListAsync());
        var changes = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId != null && a.EntityId.Contains(user.Id.ToString()))
            .Select(a => a.Changes ?? "").ToListAsync());

        Assert.NotEmpty(changes);
        Assert.Contains(changes, c => c.Contains("\"PasswordHash\"", StringComparison.Ordinal) && c.Contains("приховано", StringComparison.Ordinal));
        string[] secrets = [stored!.PasswordHash!, stored.SecurityStamp!, user.TotpKey!, .. tokens, .. codes];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(changes, c => c.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_last_accepted_TOTP_step_is_stored_as_a_token_whose_value_the_audit_trail_hides()
    {
        var user = await factory.CreateAsync(Roles.Coordinator);
        await factory.SignedInClientAsync(user);

        var step = await factory.QueryAsync(db => db.UserTokens
            .Where(t => t.UserId == user.Id && t.LoginProvider == SingleUseAuthenticatorTokenProvider.TokenProvider && t.Name == SingleUseAuthenticatorTokenProvider.LastStepToken)
            .Select(t => t.Value!).SingleAsync());
        var rows = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "IdentityUserToken" && a.EntityId!.Contains(user.Id.ToString()) && a.EntityId.Contains(SingleUseAuthenticatorTokenProvider.LastStepToken))
            .Select(a => a.Changes ?? "").ToListAsync());

        Assert.InRange(long.Parse(step, System.Globalization.CultureInfo.InvariantCulture), AuthenticatorCodes.StepAt(DateTimeOffset.UtcNow) - 3, AuthenticatorCodes.StepAt(DateTimeOffset.UtcNow) + 2);
        var row = Assert.Single(rows);
        Assert.Contains("\"Value\":{\"to\":\"приховано\"}", row, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{step}\"", row, StringComparison.Ordinal);
    }
}
