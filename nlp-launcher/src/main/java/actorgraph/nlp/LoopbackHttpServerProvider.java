package actorgraph.nlp;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Makes CoreNLP's server listen on 127.0.0.1 only.
 *
 * StanfordCoreNLPServer has no host option: it calls {@code HttpServer.create(new
 * InetSocketAddress(port), 0)}, which binds every interface. The JDK picks its HTTP server
 * implementation through the {@code com.sun.net.httpserver.HttpServerProvider} system property,
 * so the launcher names this class there and every server CoreNLP creates is bound to the
 * loopback address instead, with the JDK's own implementation doing the work.
 */
public final class LoopbackHttpServerProvider extends HttpServerProvider {
  private final HttpServerProvider jdkProvider = jdkProvider();

  @Override
  public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
    return jdkProvider.createHttpServer(loopback(address), backlog);
  }

  @Override
  public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
    return jdkProvider.createHttpsServer(loopback(address), backlog);
  }

  /** An unbound server (null) stays unbound: its later bind() call is not ours to change. */
  private static InetSocketAddress loopback(InetSocketAddress address) {
    return address == null ? null : new InetSocketAddress(InetAddress.getLoopbackAddress(), address.getPort());
  }

  /** The JDK's own provider (needs --add-exports jdk.httpserver/sun.net.httpserver=ALL-UNNAMED). */
  private static HttpServerProvider jdkProvider() {
    try {
      return (HttpServerProvider)
          Class.forName("sun.net.httpserver.DefaultHttpServerProvider").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException error) {
      throw new IllegalStateException("the JDK's HTTP server provider is not accessible: " + error, error);
    }
  }
}
