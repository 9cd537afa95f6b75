using System.ComponentModel.DataAnnotations;
using System.Text;
using AntiCor.Core.Security;
using AntiCor.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace AntiCor.Web.Features.Account;

/// <summary>
/// Sends a reset link by e-mail: the letter is queued in the outbox in this request and delivered
/// by the outbox job (ADR-008). The answer is the same whether the address is known or not.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, IMailSender mail) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Вкажіть адресу електронної пошти.")]
    [EmailAddress(ErrorMessage = "Це не схоже на адресу електронної пошти.")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            await SendResetLinkAsync(users, mail, Request, user, "Відновлення пароля в АнтиКор",
                "Хтось (можливо, ви) попросив змінити пароль до АнтиКор. Щоб встановити новий пароль, відкрийте посилання:");
        }

        Sent = true;
        return Page();
    }

    public static async Task SendResetLinkAsync(UserManager<AppUser> users, IMailSender mail, HttpRequest request, AppUser user, string subject, string intro)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = $"{request.Scheme}://{request.Host}{request.PathBase}/account/reset-password?userId={user.Id}&code={code}";
        var body = $"""
            {intro}

            {link}

            Посилання діє обмежений час. Якщо ви нічого не просили, просто проігноруйте цей лист.
            """;
        await mail.SendAsync(user.Email!, subject, body);
    }
}
