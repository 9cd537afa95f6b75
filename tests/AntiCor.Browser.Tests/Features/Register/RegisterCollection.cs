using AntiCor.Browser.Tests.Support;

namespace AntiCor.Browser.Tests.Features.Register;

/// <summary>The register flow changes the programme: it runs on an app and a browser of its own.</summary>
[CollectionDefinition(Name)]
public sealed class RegisterCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "register-browser";
}
