using AntiCor.Web.Tests.Support;

namespace AntiCor.Web.Tests.Features.ReportingSetup;

/// <summary>The setup tests change the seed's rule, groups, leads and indicators: an app and a database of their own.</summary>
[CollectionDefinition(Name)]
public sealed class ReportingSetupCollection : ICollectionFixture<AntiCorFactory>
{
    public const string Name = "reporting-setup";
}
