// Package rpc is a JSON-RPC 2.0 client of InfraKit plugins written the way InfraKit's own Go clients are:
// net/http over the plugin's Unix socket, keep-alive connections, POST / with the gorilla json2 envelope.
package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"time"
)

// Client is one InfraKit-style client: its own transport, so its connection is kept alive and reused
// from call to call, as InfraKit's group plugin does with each plugin it talks to.
type Client struct {
	http *http.Client
}

// NewClient returns a client dialling the Unix socket at path for every connection, whatever the URL host.
func NewClient(path string, timeout time.Duration) *Client {
	transport := &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		},
		MaxIdleConns:        1,
		MaxIdleConnsPerHost: 1,
		IdleConnTimeout:     90 * time.Second,
	}
	return &Client{http: &http.Client{Transport: transport, Timeout: timeout}}
}

// Close drops the client's idle connection.
func (c *Client) Close() {
	c.http.Transport.(*http.Transport).CloseIdleConnections()
}

// clientRequest is gorilla json2's request envelope, in its field order.
type clientRequest struct {
	Version string      `json:"jsonrpc"`
	Method  string      `json:"method"`
	Params  interface{} `json:"params"`
	ID      uint64      `json:"id"`
}

type clientResponse struct {
	Version string           `json:"jsonrpc"`
	Result  *json.RawMessage `json:"result"`
	Error   *json.RawMessage `json:"error"`
}

// Error is an error member of a JSON-RPC answer.
type Error struct {
	Message string
}

func (e *Error) Error() string { return e.Message }

// Call sends method with params and decodes the result into result (when not nil), as json2's
// EncodeClientRequest and DecodeClientResponse do: a missing or null result without an error is an error.
func (c *Client) Call(method string, params interface{}, result interface{}) error {
	body, err := json.Marshal(&clientRequest{Version: "2.0", Method: method, Params: params, ID: uint64(rand.Int63())})
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", "http://h", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	data, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d: %s", resp.StatusCode, bytes.TrimSpace(data))
	}
	var envelope clientResponse
	if err := json.Unmarshal(data, &envelope); err != nil {
		return fmt.Errorf("%s: undecodable answer %q: %v", method, data, err)
	}
	if envelope.Error != nil && string(*envelope.Error) != "null" {
		var e struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(*envelope.Error, &e) != nil || e.Message == "" {
			return &Error{Message: string(*envelope.Error)}
		}
		return &Error{Message: e.Message}
	}
	if envelope.Result == nil || string(*envelope.Result) == "null" {
		return fmt.Errorf("%s: result is null", method)
	}
	if result == nil {
		return nil
	}
	return json.Unmarshal(*envelope.Result, result)
}

// HelloRequest and the other request types carry InfraKit's Go field names (no json tags), as it sends them.
type HelloRequest struct{}

// HelloResponse is the answer of Handshake.Hello.
type HelloResponse struct {
	Objects map[string][]struct {
		Name     string
		ProxyFor string
	}
}

// DescribeRequest is Instance.DescribeInstances' request.
type DescribeRequest struct {
	Type       string
	Tags       map[string]string
	Properties bool
}

// Description is one described instance.
type Description struct {
	ID         string
	LogicalID  *string
	Tags       map[string]string
	Properties *json.RawMessage `json:",omitempty"`
}

// DescribeResponse is Instance.DescribeInstances' answer.
type DescribeResponse struct {
	Type         string
	Descriptions []Description
}

// Spec is what Instance.Provision provisions.
type Spec struct {
	Properties  *json.RawMessage
	Tags        map[string]string
	Init        string
	LogicalID   *string
	Attachments []struct{ ID, Type string }
}

// ProvisionRequest is Instance.Provision's request.
type ProvisionRequest struct {
	Type string
	Spec Spec
}

// ProvisionResponse is Instance.Provision's answer.
type ProvisionResponse struct {
	Type string
	ID   *string
}
