namespace AntiCor.Browser.Tests.Support;

/// <summary>Where page screenshots go: ANTICOR_ARTIFACTS, else artifacts/test-results/screenshots in the repository.</summary>
public static class Screenshots
{
    public const string FolderVariable = "ANTICOR_ARTIFACTS";

    public static string Folder()
    {
        var configured = Environment.GetEnvironmentVariable(FolderVariable);
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(RepositoryRoot(), "artifacts", "test-results", "screenshots")
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AntiCor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"AntiCor.slnx not found above {AppContext.BaseDirectory}; set {FolderVariable} to say where screenshots go.");
    }
}
