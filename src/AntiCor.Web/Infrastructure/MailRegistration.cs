using AntiCor.Core.Data;
using AntiCor.Core.Mail;
using Microsoft.Extensions.Options;

namespace AntiCor.Web.Infrastructure;

/// <summary>Mail goes through the outbox: pages queue letters, the outbox job sends them over SMTP.</summary>
public static class MailRegistration
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
        services.AddScoped<IOutbox>(sp => new Outbox(
            sp.GetRequiredService<AppDbContext>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<MailOptions>>().Value.MessageIdDomain()));
        services.AddScoped<IMailSender, OutboxMailSender>();
        services.AddSingleton<SmtpMailTransport>();
        return builder;
    }
}
