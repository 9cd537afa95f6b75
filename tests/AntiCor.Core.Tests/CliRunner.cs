using AntiCor.Cli;
using Microsoft.Extensions.Configuration;

namespace AntiCor.Core.Tests;

/// <summary>Runs `anticor` in the test process against a throwaway folder; commands on documents open no database.</summary>
internal sealed class CliRunner : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("anticor-cli-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        // Should a command open a database after all, it would be a throwaway one in the test's folder.
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Folder"] = Folder }).Build();
        var code = await CliApp.RunAsync(args, stdout, stderr, overrides);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
