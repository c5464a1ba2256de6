using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.App.Worker;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.IntegrationTests.Hosting;

/// <summary>Pages call Core's commands and queries and render; the workflows live in Core. So no component reaches the
/// database or the worker itself.</summary>
public sealed class ComponentConventionsTests
{
    /// <summary>What a component must not inject. The service provider is on the list because through it a component
    /// reaches the rest unseen.</summary>
    private static readonly Type[] Forbidden = [typeof(IDbContextFactory<>), typeof(SyncWakeUp), typeof(ISyncWorkerWake), typeof(IServiceProvider)];

    [Fact]
    public void No_component_injects_the_database_the_worker_or_the_service_provider()
    {
        var components = typeof(SyncWorker).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var injected = (from component in components
                        from property in component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                        where property.GetCustomAttribute<InjectAttribute>() is not null
                        select (component, property)).ToList();
        // The scan sees the Razor components' @inject lines.
        Assert.Contains(injected, i => i.component.Name == "FailureDecisionPanel" && i.property.PropertyType == typeof(SyncCommands));

        var offending = injected.Where(i => IsForbidden(i.property.PropertyType))
            .Select(i => $"{i.component.Name}.{i.property.Name} ({i.property.PropertyType.Name})").ToList();

        Assert.True(offending.Count == 0, "Injected by components: " + string.Join(", ", offending));
    }

    private static bool IsForbidden(Type type) =>
        Forbidden.Contains(type.IsGenericType ? type.GetGenericTypeDefinition() : type);
}
