using AntiCor.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(DemoMode.MapArguments(args));

builder.AddCore();
builder.AddWeb();
builder.AddAccounts();

var app = builder.Build();

app.UseWeb();
await app.PrepareDatabaseAsync();
await app.PrepareAccountsAsync();

app.Run();

/// <summary>The entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
