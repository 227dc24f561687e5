package neo4jstore_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
)

// The deployment that runs actorgraph on Neo4j lives at the top of the repository. Docker cannot run in CI
// here, so these tests load it with compose-go, the parser docker compose itself uses, and check what
// `docker compose up` relies on.

const repoRoot = "../.."

// loadCompose loads docker-compose.yml with the environment given, and no .env file.
func loadCompose(t *testing.T, env ...string) (*types.Project, error) {
	t.Helper()
	opts, err := cli.NewProjectOptions([]string{filepath.Join(repoRoot, "docker-compose.yml")},
		cli.WithWorkingDirectory(repoRoot),
		cli.WithEnv(env),
		cli.WithName("actorgraph"),
	)
	if err != nil {
		t.Fatal(err)
	}
	return opts.LoadProject(t.Context())
}

// exampleEnv reads the variables .env.example sets, as docker compose would read them from .env.
func exampleEnv(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(repoRoot, ".env.example"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var env []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			env = append(env, line)
		}
	}
	return env
}

func TestComposeFileRunsActorgraphOnNeo4j(t *testing.T) {
	env := exampleEnv(t)
	if !slices.ContainsFunc(env, func(s string) bool { return strings.HasPrefix(s, "NEO4J_PASSWORD=") }) {
		t.Fatal(".env.example sets no NEO4J_PASSWORD")
	}
	p, err := loadCompose(t, env...)
	if err != nil {
		t.Fatalf("docker-compose.yml does not load: %v", err)
	}
	neo, ok := p.Services["neo4j"]
	if !ok {
		t.Fatal("no neo4j service")
	}
	app, ok := p.Services["actorgraph"]
	if !ok {
		t.Fatal("no actorgraph service")
	}

	t.Run("neo4j is a pinned community 5 image", func(t *testing.T) {
		if !regexp.MustCompile(`^neo4j:5\.\d+\.\d+-community$`).MatchString(neo.Image) {
			t.Errorf("image %q, want a pinned neo4j:5.x.y-community tag", neo.Image)
		}
	})
	t.Run("neo4j takes its password from the environment", func(t *testing.T) {
		if got := envValue(neo.Environment["NEO4J_AUTH"]); got != "neo4j/change-me-please" {
			t.Errorf("NEO4J_AUTH = %q, want neo4j/ and the password from .env", got)
		}
	})
	t.Run("neo4j keeps its data in a named volume", func(t *testing.T) {
		i := slices.IndexFunc(neo.Volumes, func(v types.ServiceVolumeConfig) bool { return v.Target == "/data" })
		if i < 0 || neo.Volumes[i].Type != types.VolumeTypeVolume {
			t.Fatalf("volumes %+v, want a named volume on /data", neo.Volumes)
		}
		if _, ok := p.Volumes[neo.Volumes[i].Source]; !ok {
			t.Errorf("volume %q is not declared at the top level", neo.Volumes[i].Source)
		}
	})
	t.Run("neo4j publishes Browser and Bolt on this machine only", func(t *testing.T) {
		for _, port := range []uint32{7474, 7687} {
			if got := publishedOn(neo, port); got != "127.0.0.1" {
				t.Errorf("port %d is published on %q, want 127.0.0.1", port, got)
			}
		}
	})
	t.Run("neo4j is healthy once Bolt answers with the credentials", func(t *testing.T) {
		test := healthTest(t, neo)
		if !strings.Contains(test, "cypher-shell") || !strings.Contains(test, "RETURN 1") {
			t.Errorf("healthcheck %q, want cypher-shell running a query", test)
		}
	})
	t.Run("actorgraph is built from the Dockerfile", func(t *testing.T) {
		if app.Build == nil || filepath.Base(app.Build.Dockerfile) != "Dockerfile" {
			t.Errorf("build %+v, want the repository's Dockerfile", app.Build)
		}
	})
	t.Run("actorgraph waits for a healthy neo4j", func(t *testing.T) {
		if dep, ok := app.DependsOn["neo4j"]; !ok || dep.Condition != types.ServiceConditionHealthy {
			t.Errorf("depends_on %+v, want neo4j with condition service_healthy", app.DependsOn)
		}
	})
	t.Run("actorgraph uses the neo4j service", func(t *testing.T) {
		want := map[string]string{"NEO4J_URI": "bolt://neo4j:7687", "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "change-me-please"}
		for k, v := range want {
			if got := envValue(app.Environment[k]); got != v {
				t.Errorf("%s = %q, want %q", k, got, v)
			}
		}
	})
	t.Run("actorgraph serves on 8080 of this machine only, like Neo4j", func(t *testing.T) {
		if !slices.Equal([]string(app.Command), []string{"serve"}) {
			t.Errorf("command %q, want serve", app.Command)
		}
		if got := publishedOn(app, 8080); got != "127.0.0.1" {
			t.Errorf("port 8080 is published on %q, want 127.0.0.1: %+v", got, app.Ports)
		}
	})
	t.Run("actorgraph is healthy when ready", func(t *testing.T) {
		if test := healthTest(t, app); !strings.Contains(test, "/readyz") {
			t.Errorf("healthcheck %q, want a request to /readyz", test)
		}
	})
}

func TestComposeFileRefusesToStartWithoutAPassword(t *testing.T) {
	_, err := loadCompose(t)
	if err == nil || !strings.Contains(err.Error(), "NEO4J_PASSWORD") {
		t.Errorf("loading without NEO4J_PASSWORD: %v, want an error naming NEO4J_PASSWORD", err)
	}
}

func TestComposeServesTheNetworkWhenAsked(t *testing.T) {
	p, err := loadCompose(t, append(exampleEnv(t), "ACTORGRAPH_HOST=0.0.0.0", "ACTORGRAPH_PORT=9090")...)
	if err != nil {
		t.Fatal(err)
	}
	app := p.Services["actorgraph"]
	if got := publishedOn(app, 8080); got != "0.0.0.0" || app.Ports[0].Published != "9090" {
		t.Errorf("ports %+v, want 8080 published as 9090 on 0.0.0.0", app.Ports)
	}
}

// TestComposePasswordRules checks what the README and .env.example say of NEO4J_PASSWORD: the example
// keeps Neo4j's rules, and a "$" reaches Neo4j and actorgraph only when .env writes it "$$".
func TestComposePasswordRules(t *testing.T) {
	for _, kv := range exampleEnv(t) {
		if pw, ok := strings.CutPrefix(kv, "NEO4J_PASSWORD="); ok && (len(pw) < 8 || strings.Contains(pw, "/") || pw == "neo4j") {
			t.Errorf(".env.example's password %q breaks Neo4j's rules: 8 characters or more, no /, not neo4j", pw)
		}
	}
	for _, tc := range []struct{ dotenv, want string }{
		{"NEO4J_PASSWORD=pa$$word-2024", "pa$word-2024"},
		{"NEO4J_PASSWORD=pa$word-2024", "pa-2024"}, // $word is substituted (unset: empty)
	} {
		dir := t.TempDir()
		env := filepath.Join(dir, ".env")
		if err := os.WriteFile(env, []byte(tc.dotenv+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		opts, err := cli.NewProjectOptions([]string{filepath.Join(repoRoot, "docker-compose.yml")},
			cli.WithWorkingDirectory(repoRoot), cli.WithEnvFiles(env), cli.WithDotEnv, cli.WithName("actorgraph"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := opts.LoadProject(t.Context())
		if err != nil {
			t.Fatalf("%s: %v", tc.dotenv, err)
		}
		if got := envValue(p.Services["neo4j"].Environment["NEO4J_AUTH"]); got != "neo4j/"+tc.want {
			t.Errorf("%s in .env: NEO4J_AUTH = %q, want %q", tc.dotenv, got, "neo4j/"+tc.want)
		}
		if got := envValue(p.Services["actorgraph"].Environment["NEO4J_PASSWORD"]); got != tc.want {
			t.Errorf("%s in .env: actorgraph's NEO4J_PASSWORD = %q, want %q", tc.dotenv, got, tc.want)
		}
	}
}

func envValue(v *string) string {
	if v == nil {
		return ""
	}
	return *v
}

// publishedOn returns the host address the service's port is published on ("" for all of them), or
// "unpublished".
func publishedOn(s types.ServiceConfig, port uint32) string {
	i := slices.IndexFunc(s.Ports, func(p types.ServicePortConfig) bool { return p.Target == port && p.Published != "" })
	if i < 0 {
		return "unpublished"
	}
	return s.Ports[i].HostIP
}

func healthTest(t *testing.T, s types.ServiceConfig) string {
	t.Helper()
	if s.HealthCheck == nil || len(s.HealthCheck.Test) == 0 || s.HealthCheck.Disable {
		t.Fatalf("service %s has no healthcheck", s.Name)
	}
	return strings.Join(s.HealthCheck.Test, " ")
}

// goVersion matches the version of go.mod's go directive.
var goVersion = regexp.MustCompile(`(?m)^go (\d+)\.(\d+)(?:\.(\d+))?\s*$`)

func TestDockerfileBuildsWithTheGoVersionOfGoMod(t *testing.T) {
	mod, err := os.ReadFile(filepath.Join(repoRoot, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := goVersion.FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod has no go directive")
	}
	major, minor, patch := string(m[1]), string(m[2]), string(m[3])
	docker, err := os.ReadFile(filepath.Join(repoRoot, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	from := regexp.MustCompile(`(?m)^FROM golang:(\d+)\.(\d+)(?:\.(\d+))?-bookworm AS build$`).FindSubmatch(docker)
	if from == nil {
		t.Fatal("the Dockerfile has no build stage FROM golang:X.Y[.Z]-bookworm AS build")
	}
	if string(from[1]) != major || string(from[2]) != minor {
		t.Errorf("the Dockerfile builds with Go %s.%s, go.mod says go %s.%s", from[1], from[2], major, minor)
	}
	// A pinned patch release must not be older than the one go.mod asks for.
	if len(from[3]) > 0 && patch != "" {
		a, _ := strconv.Atoi(string(from[3]))
		b, _ := strconv.Atoi(patch)
		if a < b {
			t.Errorf("the Dockerfile builds with Go %s.%s.%d, older than go.mod's %s.%s.%d", major, minor, a, major, minor, b)
		}
	}
	if !regexp.MustCompile(`(?m)^USER \S+`).Match(docker) || regexp.MustCompile(`(?m)^USER (root|0)\s*$`).Match(docker) {
		t.Error("the Dockerfile does not switch to a non-root user")
	}
	if !strings.Contains(string(docker), "graphviz") {
		t.Error("the runtime image does not install Graphviz")
	}
}
