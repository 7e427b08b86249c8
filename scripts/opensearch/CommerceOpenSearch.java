import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch for local development and tests, started by `scripts/services up opensearch`.
 *
 * Why not the real distribution: only package registries are reachable from our machines and CI, and
 * OpenSearch's tarball is not on one. The server and its distribution modules are on Maven Central
 * though, so we put them on the classpath and hand the module classes to Node as classpath plugins
 * (the same thing the test framework's MockNode does, without its mock services and leak checks).
 *
 * Usage: java -cp 'classes:lib/*' CommerceOpenSearch [-Ekey=value ...]
 * The -E settings override the defaults below (scripts/services passes path.home/path.data/ports).
 *
 * Bootstrap checks and the security manager are only applied by OpenSearch's own Bootstrap class,
 * which we do not use, so neither needs turning off. There is no security plugin: plain HTTP, no auth.
 */
public final class CommerceOpenSearch {

    /** The distribution modules we load; see pom.xml for what each one brings. */
    private static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,
        CommonAnalysisPlugin.class,
        MapperExtrasPlugin.class,
        PainlessPlugin.class,
        ReindexPlugin.class
    );

    /** Node's classpath-plugin constructor is protected, hence this subclass. */
    private static final class ClasspathPluginNode extends Node {
        ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings.Builder builder = Settings.builder()
            .put("cluster.name", "commerce")
            .put("node.name", "commerce-1")
            .put("path.home", "build/opensearch")
            .put("network.host", "127.0.0.1")
            .put("http.port", "9200")
            .put("transport.port", "9300")
            .put("discovery.type", "single-node")
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            // dev/CI disks may be nearly full; don't let watermarks turn indices read-only
            .put("cluster.routing.allocation.disk.threshold_enabled", false);
        for (String arg : args) {
            String kv = arg.startsWith("-E") ? arg.substring(2) : arg;
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected -Ekey=value, got: " + arg);
            }
            builder.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Settings settings = builder.build();
        Files.createDirectories(Path.of(settings.get("path.home")));

        // No log4j2.properties: log INFO and above to stdout, which scripts/services sends to .services/opensearch.log
        LogConfigurator.configureWithoutConfig(settings);
        Configurator.setRootLevel(Level.INFO);

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Collections.emptyMap(), null, () -> settings.get("node.name"));
        Node node = new ClasspathPluginNode(environment, PLUGINS);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM from `scripts/services down`: flush and release the data directory lock cleanly
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "commerce-opensearch-shutdown"));

        node.start();

        // One node: replicas can never be assigned, so every index would stay yellow and a client's
        // wait_for_status=green would hang. New indices get 0 replicas unless they ask otherwise.
        // (As a node setting this is ignored at index creation; it only works as a cluster setting.)
        try {
            node.client().admin().cluster().prepareUpdateSettings()
                .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0))
                .get();
        } catch (Exception e) {
            System.err.println("warning: could not set cluster.default_number_of_replicas=0: " + e);
        }

        stopped.await();
    }
}
