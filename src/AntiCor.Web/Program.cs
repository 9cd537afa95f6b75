using AntiCor.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(DemoMode.MapArguments(args));

builder.AddCore();
builder.AddWeb();
builder.AddAccounts();

var app = builder.Build();

app.UseWeb();
if (!await app.PrepareDatabaseAsync())
{
    // Refused (the reason is on stderr and in the log): never serve demo passwords on real data.
    return 1;
}

await app.PrepareAccountsAsync();

app.Run();
return 0;

/// <summary>The entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
