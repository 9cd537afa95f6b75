namespace AntiCor.Web.Tests.Support;

/// <summary>Every test class shares one started app: starting it (migrate + import) is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AntiCorFactory>
{
    public const string Name = "app";
}
