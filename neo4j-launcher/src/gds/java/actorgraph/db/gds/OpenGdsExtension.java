package actorgraph.db.gds;

import java.util.Optional;

import org.neo4j.configuration.Config;
import org.neo4j.gds.LicensingBusinessFacade;
import org.neo4j.gds.LicensingService;
import org.neo4j.gds.LicensingServiceBuilder;
import org.neo4j.gds.SysInfoProcFacade;
import org.neo4j.gds.applications.modelcatalog.ModelRepository;
import org.neo4j.gds.applications.operations.FeatureTogglesRepository;
import org.neo4j.gds.core.model.OpenModelCatalog;
import org.neo4j.gds.core.write.NativeExportBuildersProvider;
import org.neo4j.gds.logging.Log;
import org.neo4j.gds.metrics.Metrics;
import org.neo4j.gds.procedures.integration.DefaultExportLocation;
import org.neo4j.gds.procedures.integration.LogAccessor;
import org.neo4j.gds.procedures.integration.OpenGraphDataScienceExtensionBuilder;
import org.neo4j.gds.utils.PriorityServiceLoader;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.logging.internal.LogService;

/**
 * Wires up open-source Graph Data Science inside our embedded Neo4j.
 *
 * Why this exists: GDS's procedures get their work done through components that
 * Neo4j injects into them: GraphDataScienceProcedures (every algorithm and catalog
 * procedure) and SysInfoProcFacade (gds.version, gds.debug.sysInfo, gds.license.state).
 * GDS registers those from kernel extensions that ship only inside its plugin zip
 * (module "open-packaging"), which is not on Maven Central; every module they build on
 * is. This class is our equivalent: the OpenGDS edition choices (native writes only, no
 * metrics, in-memory model catalog, no model persistence) handed to GDS's public builder.
 * Without it Neo4j refuses to start ("... is not a known injectable component").
 *
 * Found by Neo4j through META-INF/services/org.neo4j.kernel.extension.ExtensionFactory.
 * Built only with the Maven profile "gds" (see neo4j-launcher/pom.xml), so the launcher never
 * depends on it. The builder's signature is specific to GDS 2.13.x: revisit on upgrade.
 */
public final class OpenGdsExtension extends ExtensionFactory<OpenGdsExtension.Dependencies> {
    /** What Neo4j must hand us; resolved by Neo4j from its dependency container. */
    public interface Dependencies {
        Config config();

        GlobalProcedures globalProcedures();

        LogService logService();
    }

    public OpenGdsExtension() {
        super("actorgraph.gds.open");
    }

    @Override
    public Lifecycle newInstance(ExtensionContext context, Dependencies deps) {
        Log log = new LogAccessor().getLog(deps.logService(), getClass());
        registerSysInfoFacade(deps);
        // Model persistence is an enterprise feature; refuse it the way OpenGDS does.
        ModelRepository noModelStore = model -> {
            throw new UnsupportedOperationException("Storing models is not available in OpenGDS");
        };
        return OpenGraphDataScienceExtensionBuilder.create(
                        log,
                        deps.globalProcedures(),
                        deps.config(),
                        (db, config) -> new NativeExportBuildersProvider(), // plain transactional writes
                        new DefaultExportLocation(log, deps.config()),
                        new FeatureTogglesRepository(),
                        Metrics.DISABLED,
                        new OpenModelCatalog(),
                        noModelStore,
                        Optional.empty(), // no extra algorithm checks
                        Optional.empty(), // no extra graph-catalog checks
                        Optional.empty()) // no extra model-catalog checks
                .getLeft()
                .build();
    }

    /** The open licensing service (found via ServiceLoader) behind gds.version & co. */
    private static void registerSysInfoFacade(Dependencies deps) {
        LicensingService licensing = PriorityServiceLoader
                .loadService(LicensingServiceBuilder.class, LicensingServiceBuilder::priority)
                .build(deps.config());
        deps.globalProcedures().registerComponent(
                SysInfoProcFacade.class,
                context -> new SysInfoProcFacade(new LicensingBusinessFacade(licensing)),
                true);
    }
}
