# Shared set-up for scripts/fiji-dispatch and scripts/test: make sure what the
# project needs is installed (Java, Maven, the PoCL OpenCL runtime, Xvfb),
# and build the project when its sources changed. Sourced, not run.

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
SETUP_LOG="$ROOT/target/setup.log"

say() { printf 'fiji-dispatch: %s\n' "$*" >&2; }

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

# apt_install PKG... : installs Debian packages quietly (root only), once.
apt_install() {
	mkdir -p "$ROOT/target"
	if ! can_apt; then return 1; fi
	if [ -z "${APT_UPDATED:-}" ]; then
		apt-get update -qq >>"$SETUP_LOG" 2>&1 || true
		APT_UPDATED=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$SETUP_LOG" 2>&1
}

ensure_java_and_maven() {
	if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
		say "installing a JDK (openjdk-17-jdk-headless)..."
		apt_install openjdk-17-jdk-headless || { say "no JDK found and none could be installed: install Java 17"; exit 1; }
	fi
	if ! command -v mvn >/dev/null 2>&1; then
		say "installing Maven..."
		apt_install maven || { say "no Maven found and it could not be installed: install Maven 3.8+"; exit 1; }
	fi
}

# The unversioned libOpenCL.so that JOCL loads, and an OpenCL device (PoCL on CPU-only machines).
has_opencl_library() { ldconfig -p 2>/dev/null | grep -q 'libOpenCL\.so '; }

ensure_opencl() {
	if has_opencl_library && [ -n "$(ls /etc/OpenCL/vendors/*.icd 2>/dev/null)" ] && command -v clinfo >/dev/null 2>&1; then return 0; fi
	say "installing the OpenCL runtime (pocl-opencl-icd, ocl-icd-opencl-dev, clinfo) for the clij2 backend..."
	if ! apt_install pocl-opencl-icd ocl-icd-opencl-dev clinfo; then
		say "could not install an OpenCL runtime (need root and apt-get); the clij2 backend will report itself unavailable"
		return 1
	fi
}

opencl_device_count() {
	command -v clinfo >/dev/null 2>&1 || { echo 0; return; }
	clinfo -l 2>/dev/null | grep -c 'Device #' || true
}

ensure_xvfb() {
	if [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null 2>&1; then return 0; fi
	say "installing Xvfb (ImageJ 1 needs a display for its command table, even in batch mode)..."
	apt_install xvfb xauth || { say "could not install Xvfb; ImageJ 1 macro features need a display"; return 1; }
}

# The native blosc library that jzarr's binding (jblosc, through JNA) loads for blosc-compressed OME-Zarr chunks.
has_blosc_library() { ldconfig -p 2>/dev/null | grep -q 'libblosc\.so'; }

ensure_blosc() {
	if has_blosc_library; then return 0; fi
	say "installing the native blosc library (libblosc1) for blosc-compressed OME-Zarr..."
	apt_install libblosc1 || { say "could not install libblosc1; blosc-compressed OME-Zarr cannot be read or written (raw, zlib and gzip can)"; return 1; }
}

# zarr-python, the independent reader and writer of the OME-Zarr interop tests (Debian's python, /usr/bin/python3).
ensure_zarr_python() {
	if /usr/bin/python3 -c 'import zarr, numcodecs' >/dev/null 2>&1; then return 0; fi
	say "installing zarr-python (python3-zarr, python3-numcodecs) for the OME-Zarr interop tests..."
	apt_install python3-zarr python3-numcodecs || { say "could not install python3-zarr; the OME-Zarr interop tests will be skipped"; return 1; }
}

# numpy, scikit-image and SciPy for the Python peers of 'bench --cells' (scripts/peers/cells.py, Debian's python,
# /usr/bin/python3). Without them those peers are skipped, each with a message naming its package.
ensure_python_peers() {
	if /usr/bin/python3 -c 'import numpy, skimage, scipy' >/dev/null 2>&1; then return 0; fi
	say "installing numpy, scikit-image and SciPy (python3-numpy, python3-skimage, python3-scipy) for the Python peers of bench --cells..."
	apt_install python3-numpy python3-skimage python3-scipy || { say "could not install python3-skimage/python3-scipy; bench --cells skips the Python peers that need them"; return 1; }
}

# The real ImageJ 1 app the host tests run: Debian's imagej package (/usr/share/java/ij.jar).
ensure_imagej1() {
	if [ -f /usr/share/java/ij.jar ]; then return 0; fi
	say "installing Debian's ImageJ 1 app (imagej) for the real-host tests..."
	apt_install imagej || { say "could not install Debian's imagej; the real-host tests need /usr/share/java/ij.jar"; return 1; }
}

# NB: PoCL compiles kernels with LLVM, which installs its own SIGSEGV handler;
# the JVM uses SIGSEGV internally (implicit null checks), so without signal
# chaining a later, harmless JVM signal kills the process ("Segmentation fault",
# no hs_err file) — seen in 'bench' on ImageJ 1's median after CLIJ2 had run.
# The JDK's libjsig chains the handlers.
enable_signal_chaining() {
	local java_home jsig
	java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
	jsig="$java_home/lib/libjsig.so"
	[ -f "$jsig" ] || jsig="$java_home/jre/lib/amd64/libjsig.so"
	if [ -f "$jsig" ]; then
		case ":${LD_PRELOAD:-}:" in
			*":$jsig:"*) ;;
			*) export LD_PRELOAD="${LD_PRELOAD:+$LD_PRELOAD:}$jsig" ;;
		esac
	fi
}

# Runs a command under a virtual X server when there is no display.
with_display() {
	if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
		xvfb-run -a -s "-screen 0 1280x1024x24" "$@"
	else
		"$@"
	fi
}

# Builds the plugin jar, the command-line jar (src/cli/java), the headless stand-ins and the run-time class
# path when any source is newer than the last build.
ensure_build() {
	local stamp="$ROOT/target/.build-stamp"
	if [ -f "$stamp" ] && [ -f "$ROOT/target/classpath.txt" ] && \
		[ -z "$(find "$ROOT/src/main" "$ROOT/src/cli" "$ROOT/src/headless" "$ROOT/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]; then
		return 0
	fi
	if [ -n "${FIJI_DISPATCH_NO_BUILD:-}" ]; then
		say "the build in $ROOT/target is missing or older than the sources, and FIJI_DISPATCH_NO_BUILD is set: run scripts/test or scripts/fiji-dispatch once"
		exit 1
	fi
	say "building (first use or sources changed; Maven downloads what it needs)..."
	mkdir -p "$ROOT/target"
	if ! (cd "$ROOT" && mvn -q -B -ntp -DskipTests package dependency:build-classpath \
		-Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime >"$ROOT/target/build.log" 2>&1 &&
		mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/compile-classpath.txt \
		-DincludeScope=compile >>"$ROOT/target/build.log" 2>&1); then
		cat "$ROOT/target/build.log" >&2
		say "build failed (log: target/build.log)"
		exit 1
	fi
	touch "$stamp"
}

# The built jars, as system properties for the install commands.
built_jar_properties() {
	local version jar
	jar=$(ls "$ROOT"/target/Fiji_Dispatch-*.jar 2>/dev/null | grep -v -e '-headless\.jar$' -e '-cli\.jar$' -e '-tests\.jar$' | head -1)
	version=${jar%.jar}
	echo "-Dfiji.dispatch.jar=$jar -Dfiji.dispatch.headless.jar=$version-headless.jar -Dfiji.dispatch.dependencies=$ROOT/target/compile-classpath.txt"
}

# NB: PoCL's kernel compiler prints "N warnings generated." for CLIJ2's kernels on every first build of a kernel:
# noise to a user, nothing to act on. Its extra build flags silence the warnings (errors are still reported).
quiet_opencl_compiler() {
	case " ${POCL_EXTRA_BUILD_FLAGS:-} " in
		*" -w "*) ;;
		*) export POCL_EXTRA_BUILD_FLAGS="${POCL_EXTRA_BUILD_FLAGS:+$POCL_EXTRA_BUILD_FLAGS }-w" ;;
	esac
}

# Starts a virtual X server for the rest of this process when there is no display, and exports DISPLAY.
# NB: unlike xvfb-run, the caller can then exec java, so that signals reach java; a watcher stops the
# server once the process (whose pid the exec keeps) has ended.
start_display() {
	if [ -n "${DISPLAY:-}" ] || ! command -v Xvfb >/dev/null 2>&1; then return 0; fi
	local n=99 owner=$$
	while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
	Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
	local server=$!
	( while kill -0 "$owner" 2>/dev/null; do sleep 1; done; kill "$server" 2>/dev/null ) >/dev/null 2>&1 &
	for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
	export DISPLAY=":$n"
}

# The run-time class path (the plugin classes, the command line's, the headless stand-ins, the dependencies);
# FIJI_DISPATCH_CLASSPATH (jars or folders, ':'-separated)
# is appended, so that a third party's backend jar is discovered like ours.
runtime_classpath() {
	echo "$ROOT/target/classes:$ROOT/target/cli-classes:$ROOT/target/headless-classes:$(cat "$ROOT/target/classpath.txt")${FIJI_DISPATCH_CLASSPATH:+:$FIJI_DISPATCH_CLASSPATH}"
}
