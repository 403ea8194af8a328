// Command trivialserver is the baseline of the Hello benchmark: Go's net/http on a Unix socket, answering every
// POST / with the Handshake.Hello reply of an instance plugin (the request's id echoed), nothing else.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

type request struct {
	Method string          `json:"method"`
	ID     json.RawMessage `json:"id"`
}

type object struct {
	Name     string
	ProxyFor string
}

type reply struct {
	Version string `json:"jsonrpc"`
	Result  struct {
		Objects map[string][]object
	} `json:"result"`
	ID json.RawMessage `json:"id"`
}

func main() {
	socket := flag.String("socket", "", "the Unix socket to listen on (must not exist)")
	flag.Parse()
	if *socket == "" {
		fmt.Fprintln(os.Stderr, "usage: trivialserver -socket PATH")
		os.Exit(2)
	}
	listener, err := net.Listen("unix", *socket)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trivialserver:", err)
		os.Exit(1)
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-signals
		listener.Close()
	}()
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req request
		if r.Method != http.MethodPost || json.NewDecoder(r.Body).Decode(&req) != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var out reply
		out.Version = "2.0"
		out.Result.Objects = map[string][]object{"Instance/0.6.1": {{Name: ".", ProxyFor: ""}}}
		out.ID = req.ID
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		json.NewEncoder(w).Encode(&out)
	})
	err = http.Serve(listener, handler)
	os.Remove(*socket)
	if err != nil && !errors.Is(err, net.ErrClosed) {
		fmt.Fprintln(os.Stderr, "trivialserver:", err)
		os.Exit(1)
	}
}
