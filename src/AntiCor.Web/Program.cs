using AntiCor.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddCore();
builder.AddWeb();

var app = builder.Build();

app.UseWeb();
await app.PrepareDatabaseAsync();

app.Run();

/// <summary>The entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
