// The stack's own ceiling for bench/run.sh: Kestrel answering every GET with one file's bytes from
// memory, as the app's page would be answered if rendering and the database cost nothing.
// Usage: anticor-ceiling FILE CONTENT-TYPE URL
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: anticor-ceiling FILE CONTENT-TYPE URL");
    return 2;
}

var bytes = await File.ReadAllBytesAsync(args[0]);
var contentType = args[1];
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(args[2]);
var app = builder.Build();
app.MapGet("/{**path}", () => Results.Bytes(bytes, contentType));
await app.RunAsync();
return 0;
