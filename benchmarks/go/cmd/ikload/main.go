// Command ikload drives an InfraKit instance plugin over its Unix socket as InfraKit's Go clients do, and
// times process starts. Standard library only. Subcommands:
//
//	ikload load      -socket PATH -call hello|describe|mix -clients N (-duration D | -requests N)
//	ikload provision -socket PATH -count N [-clients N] [-properties JSON] [-group NAME]
//	ikload start     -socket PATH [-timeout D] [-log FILE] -- COMMAND [ARGS...]
//	ikload run       -- COMMAND [ARGS...]
//	ikload wait      -socket PATH [-timeout D]
//
// Every subcommand prints one line of key=value pairs on standard output.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"infrakit-oneview/benchmarks/rpc"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "load":
		err = load(os.Args[2:])
	case "provision":
		err = provision(os.Args[2:])
	case "start":
		err = start(os.Args[2:])
	case "run":
		err = run(os.Args[2:])
	case "wait":
		err = wait(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ikload:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: ikload load|provision|start|run|wait [flags] (see the package comment)")
	os.Exit(2)
}

// call is one request kind as InfraKit's group plugin sends it.
type call func(c *rpc.Client, i int) error

func hello(c *rpc.Client, _ int) error {
	var r rpc.HelloResponse
	if err := c.Call("Handshake.Hello", rpc.HelloRequest{}, &r); err != nil {
		return err
	}
	if len(r.Objects) == 0 {
		return errors.New("Handshake.Hello: no Objects in the answer")
	}
	return nil
}

func describe(c *rpc.Client, _ int) error {
	var r rpc.DescribeResponse
	return c.Call("Instance.DescribeInstances", rpc.DescribeRequest{Tags: map[string]string{}}, &r)
}

func mix(c *rpc.Client, i int) error {
	if i%2 == 0 {
		return hello(c, i)
	}
	return describe(c, i)
}

func load(args []string) error {
	fs := flag.NewFlagSet("load", flag.ExitOnError)
	socket := fs.String("socket", "", "the plugin's Unix socket")
	callName := fs.String("call", "hello", "hello, describe, or mix (alternating)")
	clients := fs.Int("clients", 16, "concurrent clients, each with its own keep-alive connection")
	duration := fs.Duration("duration", 0, "send back to back for this long")
	requests := fs.Int("requests", 0, "or send this many requests in all")
	expect := fs.Int("expect-instances", -1, "with describe or mix: fail unless a first Describe lists this many")
	fs.Parse(args)
	if *socket == "" || *clients < 1 || (*duration <= 0) == (*requests <= 0) {
		return errors.New("load needs -socket, -clients >= 1 and one of -duration or -requests")
	}
	var f call
	switch *callName {
	case "hello":
		f = hello
	case "describe":
		f = describe
	case "mix":
		f = mix
	default:
		return fmt.Errorf("unknown -call %q", *callName)
	}
	if *expect >= 0 {
		c := rpc.NewClient(*socket, 30*time.Second)
		var r rpc.DescribeResponse
		err := c.Call("Instance.DescribeInstances", rpc.DescribeRequest{Tags: map[string]string{}}, &r)
		c.Close()
		if err != nil {
			return err
		}
		if len(r.Descriptions) != *expect {
			return fmt.Errorf("Describe lists %d instances, expected %d", len(r.Descriptions), *expect)
		}
	}

	var next int64 = -1
	var failures int64
	var firstErr atomic.Value
	latencies := make([][]time.Duration, *clients)
	var wg sync.WaitGroup
	begin := time.Now()
	deadline := begin.Add(*duration)
	for k := 0; k < *clients; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			c := rpc.NewClient(*socket, 30*time.Second)
			defer c.Close()
			own := make([]time.Duration, 0, 4096)
			for {
				var i int
				if *requests > 0 {
					i = int(atomic.AddInt64(&next, 1))
					if i >= *requests {
						break
					}
				} else {
					if !time.Now().Before(deadline) {
						break
					}
					i = len(own)
				}
				t := time.Now()
				err := f(c, i)
				own = append(own, time.Since(t))
				if err != nil {
					if atomic.AddInt64(&failures, 1) == 1 {
						firstErr.Store(err.Error())
					}
				}
			}
			latencies[k] = own
		}(k)
	}
	wg.Wait()
	elapsed := time.Since(begin)
	var all []time.Duration
	for _, l := range latencies {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	n := len(all)
	fmt.Printf("call=%s clients=%d requests=%d errors=%d seconds=%.3f rps=%.0f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
		*callName, *clients, n, failures, elapsed.Seconds(), float64(n)/elapsed.Seconds(),
		ms(percentile(all, 0.50)), ms(percentile(all, 0.99)), ms(percentile(all, 1)))
	if failures > 0 {
		return fmt.Errorf("%d of %d requests failed, the first with: %v", failures, n, firstErr.Load())
	}
	return nil
}

func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	if i < 0 {
		i = 0
	}
	return sorted[i]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func provision(args []string) error {
	fs := flag.NewFlagSet("provision", flag.ExitOnError)
	socket := fs.String("socket", "", "the plugin's Unix socket")
	count := fs.Int("count", 100, "instances to provision")
	clients := fs.Int("clients", 4, "concurrent provisions")
	properties := fs.String("properties", "{}", "the instances' Properties (JSON)")
	group := fs.String("group", "bench", "the infrakit.group tag")
	upTo := fs.Bool("up-to", false, "stop without failing at the first error (a provider out of capacity)")
	fs.Parse(args)
	if *socket == "" || *count < 1 || *clients < 1 {
		return errors.New("provision needs -socket, -count >= 1 and -clients >= 1")
	}
	props := json.RawMessage(*properties)
	if !json.Valid(props) {
		return fmt.Errorf("-properties is not JSON: %s", *properties)
	}
	var next, made int64 = -1, 0
	var stop int32
	var firstErr atomic.Value
	var wg sync.WaitGroup
	begin := time.Now()
	for k := 0; k < *clients; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := rpc.NewClient(*socket, 10*time.Minute)
			defer c.Close()
			for atomic.LoadInt32(&stop) == 0 {
				i := atomic.AddInt64(&next, 1)
				if i >= int64(*count) {
					return
				}
				var r rpc.ProvisionResponse
				spec := rpc.Spec{Properties: &props, Tags: map[string]string{
					"infrakit.group":       *group,
					"infrakit.config.hash": "bench0000000000000000000000000000",
					"tier":                 "web",
				}, Init: "#!/bin/sh\necho bench"}
				err := c.Call("Instance.Provision", rpc.ProvisionRequest{Spec: spec}, &r)
				if err == nil && (r.ID == nil || *r.ID == "") {
					err = errors.New("Instance.Provision answered no ID")
				}
				if err != nil {
					if atomic.CompareAndSwapInt32(&stop, 0, 1) {
						firstErr.Store(err.Error())
					}
					return
				}
				atomic.AddInt64(&made, 1)
			}
		}()
	}
	wg.Wait()
	msg, _ := firstErr.Load().(string)
	fmt.Printf("provisioned=%d seconds=%.3f first_error=%q\n", made, time.Since(begin).Seconds(), msg)
	if msg != "" && !*upTo {
		return fmt.Errorf("provisioned %d of %d: %s", made, *count, msg)
	}
	return nil
}

// start runs COMMAND, sends Handshake.Hello to the socket every millisecond until one is answered, prints the
// time from just before the process was started to that answer, then stops the process (SIGTERM, SIGKILL after
// 20 s) and waits for it.
func start(args []string) error {
	fs := flag.NewFlagSet("start", flag.ExitOnError)
	socket := fs.String("socket", "", "the socket the process will serve")
	timeout := fs.Duration("timeout", 120*time.Second, "give up after this long")
	logFile := fs.String("log", "", "the process's standard output and error (default: discarded)")
	fs.Parse(args)
	command := fs.Args()
	if *socket == "" || len(command) == 0 {
		return errors.New("start needs -socket and a command after --")
	}
	cmd := exec.Command(command[0], command[1:]...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if *logFile != "" {
		out, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			return err
		}
		defer out.Close()
		cmd.Stdout, cmd.Stderr = out, out
	}
	exited := make(chan error, 1)
	begin := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { exited <- cmd.Wait() }()
	var answered time.Duration
	for answered == 0 {
		select {
		case err := <-exited:
			return fmt.Errorf("%s exited before answering Handshake.Hello (%v); see its log", command[0], err)
		default:
		}
		if time.Since(begin) > *timeout {
			stopProcess(cmd, exited)
			return fmt.Errorf("no Handshake.Hello answered on %s within %s", *socket, *timeout)
		}
		if _, err := os.Stat(*socket); err == nil {
			c := rpc.NewClient(*socket, 10*time.Second)
			if hello(c, 0) == nil {
				answered = time.Since(begin)
			}
			c.Close()
		}
		if answered == 0 {
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Printf("seconds=%.3f\n", answered.Seconds())
	return stopProcess(cmd, exited)
}

func stopProcess(cmd *exec.Cmd, exited chan error) error {
	syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-exited:
		return nil
	case <-time.After(20 * time.Second):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-exited
		return errors.New("the process did not stop within 20 s of SIGTERM; killed")
	}
}

// run prints the wall time of COMMAND from start to exit.
func run(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	fs.Parse(args)
	command := fs.Args()
	if len(command) == 0 {
		return errors.New("run needs a command after --")
	}
	cmd := exec.Command(command[0], command[1:]...)
	begin := time.Now()
	out, err := cmd.CombinedOutput()
	elapsed := time.Since(begin)
	if err != nil {
		return fmt.Errorf("%s: %v: %s", strings.Join(command, " "), err, out)
	}
	fmt.Printf("seconds=%.3f\n", elapsed.Seconds())
	return nil
}

// wait sends Handshake.Hello every 10 ms until one is answered.
func wait(args []string) error {
	fs := flag.NewFlagSet("wait", flag.ExitOnError)
	socket := fs.String("socket", "", "the plugin's Unix socket")
	timeout := fs.Duration("timeout", 120*time.Second, "give up after this long")
	fs.Parse(args)
	if *socket == "" {
		return errors.New("wait needs -socket")
	}
	begin := time.Now()
	for {
		c := rpc.NewClient(*socket, 10*time.Second)
		err := hello(c, 0)
		c.Close()
		if err == nil {
			fmt.Printf("seconds=%.3f\n", time.Since(begin).Seconds())
			return nil
		}
		if time.Since(begin) > *timeout {
			return fmt.Errorf("no Handshake.Hello answered on %s within %s: %v", *socket, *timeout, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
